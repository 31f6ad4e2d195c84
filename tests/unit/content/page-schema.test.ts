import { describe, expect, it } from 'vitest';
import { pageSchema } from '../../../src/schemas/page';
import { sourceKinds, verdicts } from '../../../src/schemas/vocabulary';

const every = <T extends readonly string[], V>(values: T, value: V) =>
	Object.fromEntries(values.map((key) => [key, value]));

const method = {
	title: 'How we check',
	description: 'What our verdicts mean.',
	verdicts: every(verdicts, { means: 'It means this.', test: 'We test that.' }),
	sourceKinds: every(sourceKinds, 'A kind of source.'),
};

describe('the desk pages’ front matter', () => {
	it('takes a method page that defines every verdict and every kind of source', () => {
		expect(pageSchema.safeParse(method).success).toBe(true);
	});

	it('rejects a method page that leaves a verdict or a kind undefined, naming it', () => {
		const { opinion: _opinion, ...fiveVerdicts } = method.verdicts;
		const missingVerdict = pageSchema.safeParse({ ...method, verdicts: fiveVerdicts });
		expect(missingVerdict.success).toBe(false);
		expect(missingVerdict.error?.issues.map(({ path }) => path.join('.'))).toEqual([
			'verdicts.opinion',
		]);
		const { state: _state, ...fiveKinds } = method.sourceKinds;
		const missingKind = pageSchema.safeParse({ ...method, sourceKinds: fiveKinds });
		expect(missingKind.error?.issues.map(({ path }) => path.join('.'))).toEqual([
			'sourceKinds.state',
		]);
	});

	it('rejects a verdict the vocabulary does not have, and a test left empty', () => {
		const invented = pageSchema.safeParse({
			...method,
			verdicts: { ...method.verdicts, misleading: { means: 'x', test: 'y' } },
		});
		expect(invented.success).toBe(false);
		const empty = pageSchema.safeParse({
			...method,
			verdicts: { ...method.verdicts, accurate: { means: 'x', test: '' } },
		});
		expect(empty.error?.issues.map(({ path }) => path.join('.'))).toEqual([
			'verdicts.accurate.test',
		]);
	});
});
