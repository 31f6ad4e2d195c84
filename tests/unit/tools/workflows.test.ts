import { readdirSync, readFileSync } from 'node:fs';
import { validateWorkflow } from '@action-validator/core';
import { describe, expect, it } from 'vitest';

/**
 * The GitHub Actions workflows, validated against the workflow schema (action-validator), so a
 * typo in a key fails here rather than on GitHub after the push.
 */
const folder = '.github/workflows';
const workflows = readdirSync(folder).filter((file) => file.endsWith('.yml'));

describe('GitHub workflows', () => {
	it.each(workflows)('%s is a valid workflow', (file) => {
		expect(validateWorkflow(readFileSync(`${folder}/${file}`, 'utf8')).errors).toEqual([]);
	});

	it('the validator rejects a job with a misspelt key', () => {
		const broken = 'name: x\non: [push]\njobs:\n  a:\n    runs-on: ubuntu-latest\n    stepz: []\n';
		expect(validateWorkflow(broken).errors).not.toEqual([]);
	});

	it('tests every pull request and push; deploys only after CI passed on main', () => {
		const ci = readFileSync(`${folder}/ci.yml`, 'utf8');
		expect(ci).toMatch(/^on:\n {2}pull_request:\n {2}push:\n/m);
		expect(ci).toContain('run: npm test');
		const deploy = readFileSync(`${folder}/deploy.yml`, 'utf8');
		expect(deploy).toMatch(/workflow_run:\n {4}workflows: \[CI\]/);
		expect(deploy).toContain("github.event.workflow_run.conclusion == 'success'");
		expect(deploy).not.toContain('npm test');
	});
});
