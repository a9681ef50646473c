export { generateMermaid, escapeMermaidText, mermaidNodeId, type MermaidOptions } from './generate-mermaid.js';
