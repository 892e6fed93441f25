/** Loại phong trào: the kinds of campaign, directive or commendation round an entry can belong to. */
export const campaignTypes = [
  { id: 'van-ban', label: 'Chỉ thị, kết luận' },
  { id: 'phong-trao', label: 'Phong trào thi đua' },
  { id: 'cuoc-van-dong', label: 'Cuộc vận động' },
  { id: 'trien-lam', label: 'Triển lãm' },
  { id: 'dot-bieu-duong', label: 'Đợt biểu dương' },
] as const;

export type CampaignTypeId = (typeof campaignTypes)[number]['id'];
export const campaignTypeIds = campaignTypes.map((t) => t.id) as [CampaignTypeId, ...CampaignTypeId[]];
