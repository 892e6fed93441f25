/** Loại đơn vị: what kind of organisation a unit is. */
export const unitTypes = [
  { id: 'cap-uy', label: 'Cấp ủy, tổ chức đảng' },
  { id: 'co-quan', label: 'Cơ quan nhà nước' },
  { id: 'luc-luong-vu-trang', label: 'Lực lượng vũ trang' },
  { id: 'doan-the', label: 'Mặt trận, đoàn thể' },
  { id: 'don-vi-su-nghiep', label: 'Đơn vị sự nghiệp' },
  { id: 'doanh-nghiep', label: 'Doanh nghiệp' },
] as const;

export type UnitTypeId = (typeof unitTypes)[number]['id'];
export const unitTypeIds = unitTypes.map((t) => t.id) as [UnitTypeId, ...UnitTypeId[]];
