/**
 * Hình thức khen thưởng, biểu dương: the forms a recognition can take,
 * ordered from the highest. Entries name them by their label.
 */
export const recognitionForms = [
  { label: 'Huân chương', description: 'Huân chương do Chủ tịch nước tặng thưởng' },
  { label: 'Huy chương', description: 'Huy chương các loại' },
  { label: 'Danh hiệu vinh dự nhà nước', description: 'Anh hùng, Nghệ sĩ nhân dân, Nhà giáo nhân dân…' },
  { label: 'Chiến sĩ thi đua', description: 'Danh hiệu Chiến sĩ thi đua các cấp' },
  { label: 'Cờ thi đua', description: 'Cờ thi đua của Chính phủ, bộ, ngành, tỉnh' },
  { label: 'Bằng khen', description: 'Bằng khen của Thủ tướng, bộ, ngành, tỉnh, cấp ủy' },
  { label: 'Giấy khen', description: 'Giấy khen của cấp cơ sở, cấp huyện' },
  { label: 'Tuyên dương', description: 'Được tuyên dương tại hội nghị sơ kết, tổng kết' },
  { label: 'Biểu dương', description: 'Được biểu dương, nêu gương điển hình' },
  {
    label: 'Giới thiệu điển hình',
    description: 'Được giới thiệu làm gương điển hình, phục vụ triển lãm, tuyên truyền',
  },
] as const;

export type RecognitionFormLabel = (typeof recognitionForms)[number]['label'];
export const recognitionFormLabels = recognitionForms.map((f) => f.label) as [
  RecognitionFormLabel,
  ...RecognitionFormLabel[],
];
