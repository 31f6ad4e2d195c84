import { cpus, totalmem } from 'node:os';

/** The machine a figure was measured on, for reports and docs: cores, CPU, memory, Node. */
export function machineDescription(): string {
	return `${cpus().length} × ${cpus()[0]?.model.trim()}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
}
