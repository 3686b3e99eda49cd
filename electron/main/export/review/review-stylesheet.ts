/**
 * The review export's additions: a margin column for comments (beside the text on screen and on
 * paper), numbered markers, and suggestions underlined or struck through behind a text label.
 */
export const reviewStylesheet = `
.review-layout { display: grid; grid-template-columns: minmax(0, 1fr) 34%; gap: 0 1.5em; align-items: start; }
.review-comments { border-left: 2px solid #555; padding-left: 0.9em; font-size: 0.82em; break-inside: auto; }
.review-comments-title { font-size: 1.05em; margin: 0 0 0.4em; }
.review-comment-list { list-style: none; margin: 0; padding: 0; }
.review-comment { margin: 0 0 0.9em; break-inside: avoid; }
.review-comment p { margin: 0.15em 0; }
.review-comment-status { font-style: italic; }
.review-comment-number { display: inline-block; min-width: 1.3em; padding: 0 0.25em; border: 1px solid #222; border-radius: 0.7em; text-align: center; font-weight: 700; font-size: 0.85em; line-height: 1.2; }
.comment-marker { font-size: 0.7em; vertical-align: 0.55em; line-height: 1; margin: 0 0.1em; }
.comment-marker a { display: inline-block; min-width: 1.25em; padding: 0.05em 0.2em; border: 1px solid #222; border-radius: 0.65em; text-align: center; font-weight: 700; line-height: 1.1; color: #000; text-decoration: none; }
.comment-anchor { background: #fff1b8; border-bottom: 1px dotted #000; }
ins.suggestion-insertion { text-decoration: underline; text-decoration-thickness: 0.12em; color: #0a5a2a; }
del.suggestion-deletion { text-decoration: line-through; text-decoration-thickness: 0.12em; color: #9b1c1c; }
[data-suggested~="insertion"] { border-inline-start: 3px solid #0a5a2a; padding-inline-start: 0.45em; }
[data-suggested~="deletion"] { border-inline-start: 3px dashed #9b1c1c; padding-inline-start: 0.45em; text-decoration: line-through; text-decoration-thickness: 0.12em; }
[data-suggested~="modification"] { border-inline-start: 3px dotted #333; padding-inline-start: 0.45em; }
.suggestion-block-label { margin: 0.6em 0 0.1em; }
.suggestion-block-label .suggestion-label { margin-left: 0; }
.suggestion-label { margin-left: 0.25em; font-size: 0.72em; font-weight: 700; color: #000; font-family: system-ui, sans-serif; }
`;
