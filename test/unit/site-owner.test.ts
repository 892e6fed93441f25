import { describe, expect, it } from 'vitest';
import { SITE_OWNER, type SiteOwner } from '../../src/consts.ts';
import {
  isLocalSite,
  ownerFields,
  ownerHref,
  ownerLines,
  ownerProblem,
  unfilledOwnerFields,
} from '../../src/lib/site-owner.ts';

/** Nothing known yet: every value null, as the configuration ships. */
const empty = Object.fromEntries(ownerFields.map(({ key }) => [key, null])) as unknown as SiteOwner;
const filled: SiteOwner = {
  agency: 'Cơ quan A',
  address: 'Số 1, phố B',
  contact: 'lien-he@example.org',
  textLicence: 'CC BY 4.0',
  photoLicence: 'Giữ bản quyền',
  correction: 'https://example.org/dinh-chinh',
  repository: 'https://example.org/guong-sang',
};

describe('owner block', () => {
  it('shows a plain "Chưa công bố…" for every value not known, never a made-up one', () => {
    const lines = ownerLines(empty);
    expect(lines.every((l) => l.missing && l.text.startsWith('Chưa công bố') && !l.href)).toBe(true);
    expect(lines.find((l) => l.key === 'agency')!.text).toBe('Chưa công bố cơ quan chủ quản');
  });

  it('prints filled values, linking e-mail addresses and https addresses', () => {
    const lines = ownerLines(filled);
    expect(lines.some((l) => l.missing)).toBe(false);
    expect(lines.find((l) => l.key === 'contact')!.href).toBe('mailto:lien-he@example.org');
    expect(lines.find((l) => l.key === 'correction')!.href).toBe('https://example.org/dinh-chinh');
    expect(ownerHref('Số 1, phố B')).toBeUndefined();
  });

  it('lists what is unfilled, a blank value counting as unfilled', () => {
    expect(unfilledOwnerFields(filled)).toEqual([]);
    expect(unfilledOwnerFields({ ...filled, agency: '  ', repository: null })).toEqual([
      'Cơ quan chủ quản',
      'Kho mã nguồn',
    ]);
  });
});

describe('the owner check of a build', () => {
  it('lets a local build or test through with unfilled values', () => {
    expect(isLocalSite(undefined)).toBe(true);
    expect(isLocalSite('http://localhost:4321')).toBe(true);
    expect(isLocalSite('http://127.0.0.1:8080/')).toBe(true);
    expect(ownerProblem('http://localhost:4321', empty)).toBeUndefined();
  });

  it('stops a build for a real domain while any value is unfilled, naming them', () => {
    expect(isLocalSite('https://guong-sang.example.vn')).toBe(false);
    expect(ownerProblem('https://guong-sang.example.vn', { ...filled, address: null })).toBe(
      'Trang được dựng cho https://guong-sang.example.vn nhưng còn thiếu thông tin chủ quản: Địa chỉ. ' +
        'Hãy điền các giá trị thật vào SITE_OWNER trong src/consts.ts (xem README, mục "Site owner") rồi dựng lại.',
    );
    expect(ownerProblem('https://guong-sang.example.vn', filled)).toBeUndefined();
  });

  it('the configuration holds no invented values: each is unfilled or a real one an operator entered', () => {
    // Until an operator fills them in, every value is null (the site shows "Chưa công bố…").
    for (const value of Object.values(SITE_OWNER)) expect(value === null || value.trim().length > 0).toBe(true);
  });
});
