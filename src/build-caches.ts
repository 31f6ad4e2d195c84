/**
 * Where the build keeps what it can reuse from one build to the next, each folder safe to delete
 * (the next build makes it again): outside `dist/`, under `node_modules/.cache/`, which CI
 * caches and package managers treat as disposable. From the project root.
 */
const root = 'node_modules/.cache/close-reading';

export const buildCaches = {
	/** The font cuts and their manifest and stylesheet (`@site-fonts/`). */
	fonts: `${root}/fonts`,
	/** The preview images, one PNG per card, named by what it depends on. */
	previews: `${root}/previews`,
	/** The hash of the content schemas the content store was last parsed with. */
	schemaDigest: `${root}/content-schemas.sha256`,
} as const;
