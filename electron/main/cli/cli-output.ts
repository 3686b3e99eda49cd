/** Where a command writes: standard output for results, standard error for messages and warnings. */
export interface CliOutput {
  out: (text: string) => void;
  err: (text: string) => void;
}
