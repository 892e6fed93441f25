/**
 * Lĩnh vực: the exhibition's four groups and their finer sub-fields.
 * Entries name sub-fields by their Vietnamese label; the group is derived.
 */
export const fieldGroups = [
  { id: 'kinh-te', label: 'Kinh tế' },
  { id: 'van-hoa-xa-hoi', label: 'Văn hóa – xã hội' },
  { id: 'xay-dung-dang-chinh-quyen', label: 'Xây dựng Đảng và chính quyền' },
  { id: 'quoc-phong-an-ninh', label: 'Quốc phòng – an ninh' },
] as const;

export type FieldGroupId = (typeof fieldGroups)[number]['id'];

export const fields = [
  { label: 'Nông nghiệp, nông thôn mới', group: 'kinh-te' },
  { label: 'Sản xuất, kinh doanh', group: 'kinh-te' },
  { label: 'Khoa học, công nghệ và chuyển đổi số', group: 'kinh-te' },
  { label: 'An sinh xã hội, từ thiện', group: 'van-hoa-xa-hoi' },
  { label: 'Giáo dục, đào tạo', group: 'van-hoa-xa-hoi' },
  { label: 'Y tế, chăm sóc sức khỏe', group: 'van-hoa-xa-hoi' },
  { label: 'Văn hóa, tuyên truyền', group: 'van-hoa-xa-hoi' },
  { label: 'Môi trường', group: 'van-hoa-xa-hoi' },
  { label: 'Phụ nữ, gia đình', group: 'van-hoa-xa-hoi' },
  { label: 'Xây dựng Đảng', group: 'xay-dung-dang-chinh-quyen' },
  { label: 'Dân vận', group: 'xay-dung-dang-chinh-quyen' },
  { label: 'Cải cách hành chính, đạo đức công vụ', group: 'xay-dung-dang-chinh-quyen' },
  { label: 'Quốc phòng, quân sự địa phương', group: 'quoc-phong-an-ninh' },
  { label: 'An ninh, trật tự', group: 'quoc-phong-an-ninh' },
] as const satisfies readonly { label: string; group: FieldGroupId }[];

export type FieldLabel = (typeof fields)[number]['label'];
export const fieldLabels = fields.map((f) => f.label) as [FieldLabel, ...FieldLabel[]];

/** The group a sub-field belongs to. */
export function groupOf(label: FieldLabel) {
  const group = fields.find((f) => f.label === label)!.group;
  return fieldGroups.find((g) => g.id === group)!;
}
