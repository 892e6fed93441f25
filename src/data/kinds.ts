/**
 * The three kinds of entry. The key is the collection name and the URL folder.
 */
export const kinds = [
  {
    id: 'ca-nhan',
    label: 'Cá nhân',
    plural: 'Cá nhân điển hình',
    description: 'Những con người bình dị mà cao quý, nêu gương sáng trong học tập và làm theo Bác.',
    schemaType: 'Person',
  },
  {
    id: 'tap-the',
    label: 'Tập thể',
    plural: 'Tập thể',
    description:
      'Chi bộ, đảng bộ, cơ quan, đơn vị có việc làm trong học tập và làm theo Bác được nêu trong bài viết, báo cáo đã công bố.',
    schemaType: 'Organization',
  },
  {
    id: 'mo-hinh',
    label: 'Mô hình',
    plural: 'Mô hình hay, cách làm sáng tạo',
    description: 'Những mô hình, cách làm trong học tập và làm theo Bác được nêu trong bài viết, báo cáo đã công bố.',
    schemaType: 'CreativeWork',
  },
] as const;

export type Kind = (typeof kinds)[number];
export type KindId = Kind['id'];
export const kindIds = kinds.map((k) => k.id) as [KindId, ...KindId[]];

/** The kind record for a collection name. */
export function kindById(id: KindId): Kind {
  return kinds.find((k) => k.id === id)!;
}
