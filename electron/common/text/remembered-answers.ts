/**
 * `answer` for a short text, remembered for the last `most` texts asked about (the oldest forgotten first). For a
 * check that depends on the text alone and that every save runs again on the same few texts: a key figure's time,
 * a block's language. Callers ask only about texts of a bounded length, so what is kept stays small.
 */
export function rememberingAnswers<Answer>(answer: (text: string) => Answer, most = 1_000): (text: string) => Answer {
  const answers = new Map<string, Answer>();
  return (text) => {
    if (answers.has(text)) return answers.get(text) as Answer;
    const answered = answer(text);
    if (answers.size >= most) answers.delete(answers.keys().next().value as string);
    answers.set(text, answered);
    return answered;
  };
}
