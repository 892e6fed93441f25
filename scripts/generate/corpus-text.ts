/**
 * Story text for the generated corpus: sentences composed from topic
 * vocabularies, so that, as in real reporting, a few words are everywhere
 * ("và", "của", "đã"), each topic's words are in the pages about it, and names,
 * places and numbers are in few pages. (A loop over a dozen fixed sentences
 * puts every word in every page, which no real corpus does and which makes a
 * full-text index behave far worse than it would.) Deterministic for a seed.
 */

/** One subject area: what people do in it, with what, and what came of it. */
interface Topic {
  nouns: readonly string[];
  verbs: readonly string[];
  results: readonly string[];
  people: readonly string[];
}

export const TOPICS: Record<string, Topic> = {
  'giáo dục': {
    nouns: [
      'lớp học tình thương',
      'tủ sách dùng chung',
      'phòng học bộ môn',
      'giáo án điện tử',
      'câu lạc bộ tiếng Anh',
      'học bổng khuyến học',
      'bữa ăn bán trú',
      'sân chơi cho trẻ',
      'lớp xóa mù chữ',
      'thư viện xanh',
    ],
    verbs: ['mở', 'duy trì', 'vận động quyên góp cho', 'dạy thêm miễn phí ở', 'sửa sang', 'đưa vào sử dụng'],
    results: [
      'tỉ lệ học sinh bỏ học giảm hẳn',
      'nhiều em đạt giải học sinh giỏi cấp tỉnh',
      'phụ huynh yên tâm cho con đến trường',
      'hơn trăm em được tiếp sức đến trường',
    ],
    people: ['học sinh', 'giáo viên', 'phụ huynh', 'các em nhỏ'],
  },
  'y tế': {
    nouns: [
      'tủ thuốc cộng đồng',
      'buổi khám bệnh miễn phí',
      'xe cấp cứu nghĩa tình',
      'sổ theo dõi sức khỏe',
      'điểm tiêm chủng',
      'phòng khám lưu động',
      'nồi cháo từ thiện',
      'ngân hàng máu sống',
    ],
    verbs: ['tổ chức', 'phối hợp mở', 'duy trì đều đặn', 'kêu gọi tài trợ cho', 'túc trực tại'],
    results: [
      'người bệnh nghèo bớt gánh nặng chi phí',
      'không để dịch bệnh lây lan',
      'người cao tuổi được chăm sóc chu đáo',
      'nhiều ca bệnh nặng được chuyển viện kịp thời',
    ],
    people: ['bệnh nhân', 'người cao tuổi', 'y bác sĩ', 'thân nhân người bệnh'],
  },
  'nông nghiệp': {
    nouns: [
      'vườn cây ăn trái',
      'cánh đồng lớn',
      'tổ hợp tác trồng rau sạch',
      'mô hình nuôi tôm sinh thái',
      'giống lúa chịu mặn',
      'trang trại bò sữa',
      'hệ thống tưới nhỏ giọt',
      'sản phẩm OCOP',
      'ao nuôi cá',
    ],
    verbs: ['chuyển đổi sang', 'liên kết tiêu thụ', 'nhân rộng', 'áp dụng kỹ thuật mới cho', 'đầu tư'],
    results: [
      'thu nhập của nông dân tăng gấp đôi',
      'nhiều hộ thoát nghèo bền vững',
      'sản phẩm có đầu ra ổn định',
      'năng suất tăng rõ rệt mỗi vụ',
    ],
    people: ['nông dân', 'hộ sản xuất', 'xã viên', 'thương lái'],
  },
  'môi trường': {
    nouns: [
      'con đường hoa',
      'điểm thu gom rác',
      'mô hình phân loại rác tại nguồn',
      'hàng cây xanh',
      'kênh rạch',
      'bãi biển',
      'túi vải thay túi ni lông',
      'nhà vệ sinh hợp chuẩn',
    ],
    verbs: ['trồng', 'dọn sạch', 'ra quân làm sạch', 'tự quản', 'cải tạo'],
    results: [
      'cảnh quan xanh, sạch, đẹp hơn',
      'rác thải nhựa giảm hẳn',
      'người dân có ý thức giữ gìn vệ sinh chung',
      'dòng kênh trong trở lại',
    ],
    people: ['bà con', 'hội viên', 'tình nguyện viên', 'học sinh'],
  },
  'an ninh trật tự': {
    nouns: [
      'camera an ninh',
      'tổ tự quản',
      'đội dân phòng',
      'tổ hòa giải',
      'chốt trực',
      'đường dây nóng',
      'nhóm Zalo an ninh',
    ],
    verbs: ['lắp đặt', 'duy trì tuần tra cùng', 'thành lập', 'phối hợp với công an để củng cố', 'vận hành'],
    results: [
      'trộm cắp vặt giảm hẳn',
      'nhiều mâu thuẫn được hòa giải ngay từ cơ sở',
      'địa bàn nhiều năm không có tội phạm',
      'người dân yên tâm làm ăn',
    ],
    people: ['công an viên', 'tổ viên', 'đoàn viên', 'người dân'],
  },
  'văn hóa': {
    nouns: [
      'nhà văn hóa',
      'câu lạc bộ đờn ca tài tử',
      'lễ hội truyền thống',
      'đội văn nghệ',
      'di tích lịch sử',
      'làng nghề',
      'tủ sách pháp luật',
      'hương ước',
    ],
    verbs: ['khôi phục', 'gìn giữ', 'quảng bá', 'xây dựng', 'tổ chức'],
    results: [
      'đời sống tinh thần của bà con phong phú hơn',
      'bản sắc được giữ gìn',
      'khách du lịch tìm đến ngày càng đông',
      'ấp được công nhận văn hóa',
    ],
    people: ['nghệ nhân', 'thanh thiếu niên', 'du khách', 'người dân'],
  },
  'chuyển đổi số': {
    nouns: [
      'dịch vụ công trực tuyến',
      'bộ hồ sơ số',
      'mã QR',
      'ứng dụng quản lý',
      'tổ công nghệ số cộng đồng',
      'phần mềm một cửa',
      'chữ ký số',
      'thanh toán không dùng tiền mặt',
    ],
    verbs: ['số hóa', 'hướng dẫn người dân dùng', 'triển khai', 'đưa vào vận hành', 'cập nhật'],
    results: [
      'thời gian giải quyết thủ tục rút ngắn một nửa',
      'người dân không phải đi lại nhiều lần',
      'hồ sơ trễ hạn giảm về không',
      'mọi giao dịch minh bạch',
    ],
    people: ['cán bộ một cửa', 'người dân', 'đoàn viên', 'tiểu thương'],
  },
  'xây dựng Đảng': {
    nouns: [
      'sinh hoạt chuyên đề',
      'chuẩn mực đạo đức',
      'bản cam kết nêu gương',
      'nghị quyết chi bộ',
      'buổi đối thoại',
      'sổ tay đảng viên',
      'đề án phát triển đảng viên',
    ],
    verbs: ['ban hành', 'thực hiện nghiêm', 'đổi mới', 'cụ thể hóa', 'kiểm tra, giám sát'],
    results: [
      'chi bộ nhiều năm hoàn thành xuất sắc nhiệm vụ',
      'niềm tin của Nhân dân được củng cố',
      'đảng viên gương mẫu đi đầu',
      'kết nạp thêm nhiều đảng viên trẻ',
    ],
    people: ['đảng viên', 'bí thư chi bộ', 'cấp ủy', 'quần chúng'],
  },
  'dân vận': {
    nouns: [
      'công trình giao thông nông thôn',
      'cây cầu dân sinh',
      'tuyến đường bê tông',
      'mặt bằng dự án',
      'nhà đại đoàn kết',
      'giếng nước sạch',
      'đèn đường năng lượng mặt trời',
    ],
    verbs: ['vận động hiến đất làm', 'chung sức xây', 'góp ngày công cho', 'bàn bạc dân chủ về', 'hoàn thành'],
    results: [
      'bà con đồng lòng, không có khiếu kiện',
      'việc đi lại thuận tiện hơn',
      'công trình về đích trước hạn',
      'ý Đảng hợp lòng dân',
    ],
    people: ['hộ dân', 'già làng', 'người có uy tín', 'bà con dân tộc thiểu số'],
  },
  'an sinh xã hội': {
    nouns: [
      'bữa cơm nghĩa tình',
      'phiên chợ không đồng',
      'quỹ vì người nghèo',
      'căn nhà tình thương',
      'suất quà Tết',
      'sinh kế cho hộ nghèo',
      'bò giống',
    ],
    verbs: ['trao tặng', 'duy trì', 'vận động nhà hảo tâm góp', 'hỗ trợ', 'kết nối'],
    results: [
      'hộ cận nghèo có thêm vốn làm ăn',
      'không ai bị bỏ lại phía sau',
      'gia đình chính sách có Tết đầm ấm',
      'nhiều mảnh đời khó khăn được sẻ chia',
    ],
    people: ['hộ nghèo', 'gia đình chính sách', 'người khuyết tật', 'trẻ mồ côi'],
  },
  'quốc phòng': {
    nouns: [
      'lực lượng dân quân',
      'công tác tuyển quân',
      'nhà đồng đội',
      'diễn tập phòng thủ',
      'tuần tra biên giới',
      'cứu hộ mùa lũ',
    ],
    verbs: ['huấn luyện', 'làm tốt', 'xây tặng', 'tham gia', 'chỉ huy'],
    results: [
      'địa bàn luôn giữ vững ổn định',
      'hoàn thành chỉ tiêu giao quân',
      'kịp thời di dời người dân khỏi vùng nguy hiểm',
      'tình quân dân thêm gắn bó',
    ],
    people: ['chiến sĩ', 'dân quân', 'cựu chiến binh', 'thanh niên'],
  },
  'kinh tế': {
    nouns: [
      'hợp tác xã kiểu mới',
      'doanh nghiệp nhỏ',
      'gian hàng thương mại điện tử',
      'lò sấy nông sản',
      'xưởng may',
      'cơ sở chế biến',
      'vốn vay ưu đãi',
    ],
    verbs: ['thành lập', 'mở rộng', 'tạo việc làm tại', 'đầu tư máy móc cho', 'khởi nghiệp với'],
    results: [
      'hàng chục lao động địa phương có việc làm ổn định',
      'doanh thu tăng mỗi năm',
      'sản phẩm vươn ra thị trường cả nước',
      'thu nhập bình quân tăng nhanh',
    ],
    people: ['lao động', 'thanh niên', 'phụ nữ', 'thợ thủ công'],
  },
};

/** Sentences every story may use now and then: the campaign's own words. */
export const COMMON = [
  'Bám sát tinh thần Kết luận số 01-KL/TW, đơn vị đưa việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh vào sinh hoạt định kỳ.',
  'Đảng ủy, chi bộ chỉ đạo xây dựng chuẩn mực đạo đức ngắn gọn, dễ nhớ, dễ thực hiện và đánh giá.',
  'Cách làm được đánh giá cao vì thiết thực, dễ nhân rộng, không chạy theo thành tích.',
  'Mỗi cán bộ, đảng viên tự soi, tự sửa, nêu gương trong công việc hằng ngày.',
  'Định kỳ hằng quý, đơn vị sơ kết, rút kinh nghiệm và biểu dương những cá nhân tiêu biểu.',
  'Điều đáng quý là mọi việc đều xuất phát từ tinh thần tự giác, đoàn kết của bà con.',
];

const TIMES = [
  'Năm {y}',
  'Từ năm {y}',
  'Trong đợt cao điểm năm {y}',
  'Sau hơn {n} năm',
  'Mùa mưa lũ năm {y}',
  'Dịp Tết Nguyên đán {y}',
  'Giai đoạn 2021–2025',
  'Mỗi tháng',
  'Hằng tuần',
  'Những ngày đầu',
];
const LINKS = ['nhờ đó', 'vì vậy', 'từ đó', 'kết quả là', 'đến nay'];
const AMOUNTS = [
  '{n} triệu đồng',
  '{n} ngày công',
  '{n} hộ',
  '{n} suất quà',
  '{n} mét đường',
  '{n} buổi',
  '{n} lượt người',
];

export interface Story {
  /** Who the story is about, as a sentence starts ("Anh Hùng", "Chi bộ ấp Thới An"). */
  subject: string;
  /** Where it happens ("xã Đông Hải, Cà Mau"). */
  where: string;
  /** The year of recognition. */
  year: number;
  /** One topic or two, keys of TOPICS. */
  topics: string[];
}

type Random = () => number;

/** Picks favour the first items (weights 1/(i+1)), as word use does. */
function zipf<T>(random: Random, list: readonly T[]): T {
  let total = 0;
  for (let i = 0; i < list.length; i++) total += 1 / (i + 1);
  let r = random() * total;
  for (let i = 0; i < list.length; i++) if ((r -= 1 / (i + 1)) <= 0) return list[i]!;
  return list[list.length - 1]!;
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** One sentence about the story. */
function sentence(random: Random, story: Story): string {
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const topic = TOPICS[zipf(random, story.topics)]!;
  const fill = (s: string) =>
    s
      .replace('{y}', String(story.year - Math.floor(random() * 4)))
      .replace('{n}', String(2 + Math.floor(random() * 300)));
  const noun = zipf(random, topic.nouns);
  const verb = pick(topic.verbs);
  const result = pick(topic.results);
  const people = pick(topic.people);
  switch (Math.floor(random() * 9)) {
    case 0:
      return `${fill(pick(TIMES))}, ${story.subject} ${verb} ${noun} tại ${story.where}.`;
    case 1:
      return `${capital(story.subject)} đã ${verb} ${noun}, ${pick(LINKS)} ${result}.`;
    case 2:
      return `Nhờ ${noun}, ${result}.`;
    case 3:
      return `${capital(people)} ở ${story.where} kể rằng ${result} là điều trước đây ít ai nghĩ tới.`;
    case 4:
      return `Với ${fill(pick(AMOUNTS))}, ${story.subject} cùng ${people} ${verb} ${noun}.`;
    case 5:
      return `“Cứ làm thật, làm đến nơi đến chốn thì ${people} sẽ tin”, ${story.subject} chia sẻ.`;
    case 6:
      return `${fill(pick(TIMES))}, ${result}.`;
    case 7:
      return `Không dừng ở ${noun}, ${story.subject} còn ${verb} ${zipf(random, topic.nouns)} cho ${people}.`;
    default:
      return random() < 0.5 ? pick(COMMON) : `${capital(pick(LINKS))}, ${result}.`;
  }
}

/** A story of about 360 words: five paragraphs of three to five sentences. */
export function storyBody(random: Random, story: Story): string {
  const paragraph = () => Array.from({ length: 3 + Math.floor(random() * 3) }, () => sentence(random, story)).join(' ');
  return Array.from({ length: 5 }, paragraph).join('\n\n');
}

/** A summary sentence (one result of the story's first topic). */
export function storySummary(random: Random, story: Story): string {
  const topic = TOPICS[story.topics[0]!]!;
  return `${capital(topic.results[Math.floor(random() * topic.results.length)]!)}.`;
}
