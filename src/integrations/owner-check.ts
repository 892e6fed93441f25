import type { AstroIntegration } from 'astro';
import { SITE_OWNER } from '../consts.ts';
import { ownerProblem } from '../lib/site-owner.ts';

/**
 * A build for a real domain (SITE_URL not localhost) stops while the site's
 * owner, address, contact, licences or correction address are unfilled: a
 * public site must say who answers for it.
 */
export function ownerCheck(): AstroIntegration {
  return {
    name: 'guong-sang-owner-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        const problem = ownerProblem(config.site, SITE_OWNER);
        if (problem) throw new Error(problem);
      },
    },
  };
}
