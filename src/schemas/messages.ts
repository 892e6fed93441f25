import { z } from 'astro/zod';

/**
 * Vietnamese wording for every zod issue a schema file does not word itself:
 * wrong shapes, missing groups, unknown keys. Installed once for the whole
 * process, so no English message ever reaches an editor.
 */
function field(path: readonly PropertyKey[] | undefined): string {
  return path?.length ? `"${path.map(String).join('.')}"` : 'này';
}

const typeNames: Record<string, string> = {
  string: 'chữ',
  number: 'một số',
  boolean: 'true hoặc false',
  object: 'một nhóm trường con (viết thụt lề ở các dòng bên dưới)',
  array: 'một danh sách, mỗi mục một dòng bắt đầu bằng "- "',
  date: 'một ngày dạng năm-tháng-ngày',
};

export const vietnameseErrors: z.core.$ZodErrorMap = (issue) => {
  const name = field(issue.path);
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return `Thiếu trường ${name}.`;
      if (issue.input === null) return `Trường ${name} đang để trống.`;
      return `Trường ${name} phải là ${typeNames[issue.expected] ?? issue.expected}.`;
    case 'unrecognized_keys':
      return `Trường ${issue.keys.map((k) => `"${k}"`).join(', ')} không có trong mẫu.`;
    case 'invalid_value':
      return `Giá trị "${String(issue.input)}" của trường ${name} không có trong danh mục.`;
    case 'too_small':
      if (issue.origin === 'array') return `Trường ${name} cần ít nhất ${issue.minimum} mục.`;
      if (issue.origin === 'string') return `Trường ${name} quá ngắn.`;
      return `Trường ${name} phải từ ${issue.minimum} trở lên.`;
    case 'too_big':
      if (issue.origin === 'array') return `Trường ${name} có nhiều nhất ${issue.maximum} mục.`;
      if (issue.origin === 'string') return `Trường ${name} dài quá ${issue.maximum} ký tự.`;
      return `Trường ${name} không được lớn hơn ${issue.maximum}.`;
    case 'invalid_format':
      return `Trường ${name} không đúng định dạng.`;
    default:
      return `Trường ${name} không hợp lệ.`;
  }
};

z.config({ customError: vietnameseErrors });
