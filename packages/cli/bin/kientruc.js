#!/usr/bin/env node
// The `kientruc` command from anywhere (`pnpm exec kientruc`, a global link): runs the TypeScript
// sources through tsx's loader, the same way `pnpm kientruc` does from the repository root.
import { register } from 'tsx/esm/api';

register();
await import('../src/main.ts');
