/** The Mermaid diagram of a change (pull-request comments): changed elements styled, with a legend. */
import { changeView, type ModelDiff, type ModelGraph } from '@kientruc/core';
import { generateMermaid } from '@kientruc/mermaid';

export function changeDiagram(diff: ModelDiff, from: ModelGraph, to: ModelGraph): string | undefined {
  const view = changeView(diff, from, to);
  return view ? generateMermaid(view) : undefined;
}
