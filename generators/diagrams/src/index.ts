export { renderDiagrams, prepareView, layoutViews, type RenderedDiagram, type RenderDiagramsOptions, type PreparedView } from './render-diagrams.js';
export { toElkGraph, serializeElkGraph, type ElkNodeInput } from './elk-graph.js';
export { LayoutPool, layoutPool, closeLayoutPool, defaultWorkers } from './elk-port.js';
export { applyLayout, extractLayout, type LayoutResult, type LaidOutView, type LaidOutNode, type LaidOutEdge, type LaidOutGroup } from './layout.js';
export { createLayoutCache, createMemoryLayoutCache, layoutKey, ELK_VERSION, type LayoutCache } from './layout-cache.js';
export { renderSvg, type SvgOptions } from './render-svg.js';
export { measureView, measureText, wrapText, NODE_PADDING, type Lang, type ViewMeasurements, type TextBlock } from './measure.js';
export { FontMetrics, fontMetrics, FONT_FAMILY, FONT_STACK } from './fonts.js';
export { escapeXml } from './xml.js';
