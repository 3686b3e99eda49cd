import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, TextSelection } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { type FindOptions, findMatches, type TextMatch } from './find-matches';

export interface FindState extends FindOptions {
  query: string;
  matches: TextMatch[];
  /** Index of the match last moved to, or -1 before the first move. */
  current: number;
  decorations: DecorationSet;
}

type FindMeta = ({ query: string } & FindOptions) | { current: number };

export const findReplaceKey = new PluginKey<FindState>('findReplace');

const emptyFindState: FindState = {
  query: '',
  matchCase: false,
  wholeWord: false,
  matches: [],
  current: -1,
  decorations: DecorationSet.empty,
};

function decorate(doc: Parameters<typeof DecorationSet.create>[0], matches: TextMatch[], current: number) {
  return DecorationSet.create(
    doc,
    matches.map((match, index) =>
      Decoration.inline(match.from, match.to, { class: index === current ? 'find-match find-current' : 'find-match' }),
    ),
  );
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    findReplace: {
      /** Highlights every match of `query`; an empty query clears the search. */
      setSearch: (query: string, options?: Partial<FindOptions>) => ReturnType;
      /** Selects the next (or previous) match after the cursor and scrolls to it. */
      goToMatch: (direction: 1 | -1) => ReturnType;
      /** Replaces the current match, then moves to the next one. */
      replaceCurrentMatch: (replacement: string) => ReturnType;
      /** Replaces every match in one undoable step. */
      replaceAllMatches: (replacement: string) => ReturnType;
    };
  }
}

/** Find & replace over the document: highlights as decorations, replacements as one transaction each. */
export const FindReplace = Extension.create({
  name: 'findReplace',

  addProseMirrorPlugins() {
    return [
      new Plugin<FindState>({
        key: findReplaceKey,
        state: {
          init: () => emptyFindState,
          apply(transaction, previous, _oldState, newState) {
            const meta = transaction.getMeta(findReplaceKey) as FindMeta | undefined;
            if (meta && 'query' in meta) {
              const matches = findMatches(newState.doc, meta.query, meta);
              return { ...meta, matches, current: -1, decorations: decorate(newState.doc, matches, -1) };
            }
            if (previous.query === '') return previous;
            if (transaction.docChanged) {
              const matches = findMatches(newState.doc, previous.query, previous);
              const current = Math.min(previous.current, matches.length - 1);
              return { ...previous, matches, current, decorations: decorate(newState.doc, matches, current) };
            }
            if (meta && 'current' in meta) {
              return {
                ...previous,
                current: meta.current,
                decorations: decorate(newState.doc, previous.matches, meta.current),
              };
            }
            return previous;
          },
        },
        props: {
          decorations: (state) => findReplaceKey.getState(state)?.decorations ?? DecorationSet.empty,
        },
      }),
    ];
  },

  addCommands() {
    return {
      setSearch:
        (query, { matchCase = false, wholeWord = false } = {}) =>
        ({ tr, dispatch }) => {
          if (dispatch) tr.setMeta(findReplaceKey, { query, matchCase, wholeWord } satisfies FindMeta);
          return true;
        },
      goToMatch:
        (direction) =>
        ({ state, tr, dispatch }) => {
          const find = findReplaceKey.getState(state);
          if (!find || find.matches.length === 0) return false;
          // A new search starts at the selection itself, so a selected match is the first one.
          const cursor =
            direction === 1 && find.current === -1
              ? state.selection.from
              : direction === 1
                ? state.selection.to
                : state.selection.from;
          let index =
            direction === 1
              ? find.matches.findIndex((match) => match.from >= cursor)
              : find.matches.findLastIndex((match) => match.to <= cursor);
          if (find.current !== -1 && state.selection.from === find.matches[find.current]?.from) {
            index = (find.current + direction + find.matches.length) % find.matches.length;
          }
          if (index === -1) index = direction === 1 ? 0 : find.matches.length - 1;
          const match = find.matches[index] as TextMatch;
          if (dispatch) {
            tr.setSelection(TextSelection.create(tr.doc, match.from, match.to))
              .setMeta(findReplaceKey, { current: index } satisfies FindMeta)
              .scrollIntoView();
          }
          return true;
        },
      replaceCurrentMatch:
        (replacement) =>
        ({ state, tr, dispatch }) => {
          const find = findReplaceKey.getState(state);
          const match = find?.matches[find.current];
          if (!match) return false;
          if (dispatch) {
            if (replacement) tr.insertText(replacement, match.from, match.to);
            else tr.delete(match.from, match.to);
            const after = tr.mapping.map(match.to);
            tr.setSelection(TextSelection.create(tr.doc, after));
          }
          return true;
        },
      replaceAllMatches:
        (replacement) =>
        ({ state, tr, dispatch }) => {
          const find = findReplaceKey.getState(state);
          if (!find || find.matches.length === 0) return false;
          if (dispatch) {
            for (const match of [...find.matches].reverse()) {
              if (replacement) tr.insertText(replacement, match.from, match.to);
              else tr.delete(match.from, match.to);
            }
          }
          return true;
        },
    };
  },
});

/** The current search as the find panel shows it. */
export function readFindState(state: Parameters<typeof findReplaceKey.getState>[0]): FindState {
  return findReplaceKey.getState(state) ?? emptyFindState;
}
