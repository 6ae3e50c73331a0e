import { demoDataCommand } from './demoData';
import { inspectCommand } from './inspect';
import { keygenCommand } from './keygen';
import { piiScanCommand } from './piiScan';
import { reportCommand } from './report';
import { suppressCommand } from './suppress';
import type { CliCommand } from './types';

// Every command of the tool. Later issues add keygen, inspect, pii-scan, suppress,
// report and demo-data: one file each in this folder, one line each here.
// `help` and `version` are built into ../index.ts.
export const COMMANDS: readonly CliCommand[] = [keygenCommand, inspectCommand, suppressCommand, piiScanCommand, demoDataCommand, reportCommand];
