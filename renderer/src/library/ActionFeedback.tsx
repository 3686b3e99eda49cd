/** What the last action in a panel did, announced politely, and what went wrong, announced at once. */
export function ActionFeedback({ status, error }: { status?: string; error?: string }) {
  return (
    <>
      <p className="form-status" role="status" aria-live="polite">
        {status ?? ''}
      </p>
      {error ? (
        <p className="message message-error" role="alert">
          {error}
        </p>
      ) : null}
    </>
  );
}
