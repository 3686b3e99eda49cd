/** Where each reported score's code lives; a file counts towards the first group whose prefix it starts with. */
export const mutationGroups = {
  storage: ['electron/main/storage/'],
  library: ['electron/main/library/'],
  time: ['electron/common/time/', 'electron/common/briefing/'],
} as const;

export type MutationGroup = keyof typeof mutationGroups;

interface ReportedMutant {
  status: string;
}

/** The parts of Stryker's JSON report (mutation-testing-report-schema) read here. */
export interface MutationReport {
  files: Record<string, { mutants: ReportedMutant[] }>;
}

export interface GroupScore {
  group: MutationGroup;
  files: number;
  mutants: number;
  killed: number;
  survived: number;
  noCoverage: number;
  /** Killed (or timed out) among the mutants that count, in percent; undefined when none was measured. */
  score: number | undefined;
}

const detected = new Set(['Killed', 'Timeout']);
const undetected = new Set(['Survived', 'NoCoverage']);

function groupOf(filePath: string): MutationGroup | undefined {
  const normalized = filePath.replaceAll('\\', '/');
  for (const [group, prefixes] of Object.entries(mutationGroups)) {
    if (prefixes.some((prefix) => normalized.includes(prefix))) return group as MutationGroup;
  }
  return undefined;
}

/** Stryker's mutation score per group: compile and runtime errors and ignored mutants do not count. */
export function mutationScores(report: MutationReport): GroupScore[] {
  const scores = new Map<MutationGroup, GroupScore>();
  for (const group of Object.keys(mutationGroups) as MutationGroup[]) {
    scores.set(group, { group, files: 0, mutants: 0, killed: 0, survived: 0, noCoverage: 0, score: undefined });
  }
  for (const [filePath, file] of Object.entries(report.files)) {
    const group = groupOf(filePath);
    if (!group) continue;
    const score = scores.get(group) as GroupScore;
    score.files += 1;
    for (const mutant of file.mutants) {
      if (detected.has(mutant.status)) score.killed += 1;
      else if (mutant.status === 'Survived') score.survived += 1;
      else if (mutant.status === 'NoCoverage') score.noCoverage += 1;
      if (detected.has(mutant.status) || undetected.has(mutant.status)) score.mutants += 1;
    }
  }
  for (const score of scores.values()) {
    score.score = score.mutants === 0 ? undefined : Math.round((score.killed / score.mutants) * 1000) / 10;
  }
  return [...scores.values()];
}

/** One `mutation_score_<group>=…` line per group, plus what it was measured over. */
export function formatMutationScores(scores: readonly GroupScore[]): string {
  return scores
    .map(
      (score) =>
        `mutation_score_${score.group}=${score.score ?? 'not-measured'} # ${score.killed} killed of ${score.mutants} mutants in ${score.files} files (${score.survived} survived, ${score.noCoverage} not covered)`,
    )
    .join('\n');
}
