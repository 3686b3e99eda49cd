import type { NodeViewRenderer, NodeViewRendererProps } from '@tiptap/core';
import type { BriefingNodeName } from '../../../electron/common/document/briefing-nodes';
import { FigureView } from './nodes/figure/figure-view';
import { KeyFigureView } from './nodes/key-figures/key-figure-view';
import { KeyFiguresView } from './nodes/key-figures/key-figures-view';

/** The editor's own view of a node, keyed by the schema's node names; nodes not named here render from their spec. */
export const editorNodeViews: Partial<Record<BriefingNodeName, NodeViewRenderer>> = {
  figure: (props: NodeViewRendererProps) => new FigureView(props),
  keyFigure: (props: NodeViewRendererProps) => new KeyFigureView(props),
  keyFigures: (props: NodeViewRendererProps) => new KeyFiguresView(props),
};
