import { ModalDialog } from '../templates/ModalDialog';

interface UnsavedSettingsDialogProps {
  saving: boolean;
  onSave: () => void;
  onDiscard: () => void;
  onStay: () => void;
}

/** Asked when the user leaves Settings with changes not saved: save them, drop them, or stay. */
export function UnsavedSettingsDialog({ saving, onSave, onDiscard, onStay }: UnsavedSettingsDialogProps) {
  return (
    <ModalDialog title="Save your changes to the settings?" onClose={onStay}>
      <p>You changed settings that are not saved yet. Leaving without saving drops those changes.</p>
      <div className="form-actions">
        <button type="button" className="primary" data-autofocus disabled={saving} onClick={onSave}>
          {saving ? 'Saving…' : 'Save'}
        </button>
        <button type="button" disabled={saving} onClick={onDiscard}>
          Discard changes
        </button>
        <button type="button" disabled={saving} onClick={onStay}>
          Stay
        </button>
      </div>
    </ModalDialog>
  );
}
