/**
 * `npm run addresses [-- --remove <address>…]`: records in published-addresses.txt every address the
 * last build (dist/) publishes that the list does not have yet, so the reviewer of a change sees
 * each new address in its diff. It never drops an address silently: one the build no longer serves
 * stays listed (and fails the addresses gate) unless it is named after --remove.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import {
	addressListFile,
	compareAddresses,
	readAddressList,
	writeAddressList,
} from './checks/addresses.ts';

const dist = 'dist';
if (!existsSync(`${dist}/index.html`)) {
	console.error('No built site in dist/: run `npm run build` first.');
	process.exit(1);
}
const args = process.argv.slice(2);
const removeAt = args.indexOf('--remove');
const removing = new Set(removeAt === -1 ? [] : args.slice(removeAt + 1));
const listed = existsSync(addressListFile)
	? readAddressList(readFileSync(addressListFile, 'utf8'))
	: [];
const { lost, unlisted } = compareAddresses(listed, dist);

const unknown = [...removing].filter((address) => !listed.includes(address));
if (unknown.length > 0) {
	console.error(`Not in ${addressListFile}, so nothing to remove: ${unknown.join(', ')}`);
	process.exit(1);
}
writeFileSync(
	addressListFile,
	writeAddressList([...listed.filter((address) => !removing.has(address)), ...unlisted]),
);
for (const address of unlisted) console.log(`+ ${address}`);
for (const address of removing) console.log(`- ${address} (removed on purpose)`);
console.log(`${addressListFile}: ${unlisted.length} added, ${removing.size} removed.`);

const stillLost = lost.filter((address) => !removing.has(address));
if (stillLost.length > 0) {
	console.error(
		`\nThe build no longer serves ${stillLost.length} published address(es), and no forward is declared:\n` +
			stillLost.map((address) => `  ${address}`).join('\n') +
			`\nKeep them (declare where each went in src/routing/former-addresses.ts), or remove them deliberately: npm run addresses -- --remove <address>…`,
	);
	process.exit(1);
}
