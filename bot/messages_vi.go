package bot

import "github.com/scambot/scambot/lang"

var vietnamese = Strings{
	WelcomeTitle: "Xin chào, mình là scambot.",
	Welcome: "Mình giúp bạn nhận ra những lời mời việc làm giả dụ người vào các khu lừa đảo (\"trại lừa đảo\"), và trả lời câu hỏi về chúng kèm nguồn.\n\n" +
		"- **Nhận được lời mời làm việc?** Dán hoặc chuyển tiếp cho mình, mình sẽ kiểm tra các dấu hiệu dụ dỗ buôn người thường gặp.\n" +
		"- **Có câu hỏi?** Cứ gõ, ví dụ: *lừa đảo làm nhiệm vụ là gì?*\n" +
		"- **Bạn hoặc người quen đang bị giữ?** Bấm *Tôi cần giúp ngay*.",
	HelpTitle:    "Cách dùng scambot",
	HelpIntro:    "Dán một lời mời làm việc để mình kiểm tra dấu hiệu dụ dỗ; gõ câu hỏi để mình trả lời từ kho kiến thức đã chọn lọc, kèm nguồn. Các lệnh:",
	HelpOutro:    "Mình không bao giờ nói một lời mời là đáng tin: mình chỉ nói đã tìm thấy gì và không tìm thấy gì. Mình không lưu tin nhắn của bạn.",
	HelpNowTitle: "Nếu bạn hoặc người khác đang gặp nguy hiểm",
	HelpNow:      "An toàn của bạn là trên hết. Nếu có thể, hãy kín đáo gửi vị trí chính xác, ảnh tòa nhà và tên những người đang giữ bạn cho đại sứ quán, gia đình hoặc công an. Người Việt ở nước ngoài có thể gọi tổng đài bảo hộ công dân +84 981 84 84 84. Đừng đối đầu với bảo vệ. Đường dây nóng theo từng nước có ở nút bên dưới.",
	PrivacyTitle: "Quyền riêng tư",
	Privacy: "- Mình **không bao giờ lưu** nội dung tin nhắn hay lời mời bạn kiểm tra. Chúng chỉ được đọc trong bộ nhớ để trả lời, rồi bị bỏ đi.\n" +
		"- Nhật ký chỉ ghi loại sự kiện, lệnh, thời gian xử lý và kết quả: không bao giờ ghi nội dung, tên hay số điện thoại.\n" +
		"- Mình có thể lưu ngôn ngữ bạn chọn (Telegram) và cài đặt quét của cộng đồng (Discord: ID kênh và ngưỡng cảnh báo).\n" +
		"- Nút đánh giá chỉ ghi bài nào được đánh giá và kết quả bình chọn.\n" +
		"- Đừng gửi mật khẩu, mã OTP hay thông tin ngân hàng cho bất kỳ ai, kể cả bot.",
	AbstainTitle:      "Mình chưa có câu trả lời tốt cho câu này.",
	Abstain:           "Kho kiến thức của mình gồm các khu lừa đảo, chiêu dụ bằng việc làm, lừa đảo qua mạng và nơi tìm trợ giúp. Mình không tìm được bài nào trả lời tốt câu này, và thà nói thật còn hơn đoán bừa.",
	AbstainNext:       "Bạn có thể xem tất cả chủ đề, kiểm tra lời mời làm việc bằng /check, hoặc xem nơi báo cáo lừa đảo. Nếu có người đang gặp nguy hiểm, bấm *Tôi cần giúp ngay*.",
	Sources:           "Nguồn",
	Related:           "Chủ đề liên quan",
	FellBack:          "Bài này chưa có bản %s, nên đây là bản tiếng Anh.",
	QuestionTruncated: "Tin nhắn của bạn dài, nên mình chỉ đọc %d byte đầu tiên.",
	OfferTruncated:    "Lời mời dài, nên mình chỉ kiểm tra %d byte đầu tiên.",
	EmptyQuestion:     "Tin nhắn này không có chữ nào mình đọc được. Hãy gõ câu hỏi, hoặc dán lời mời làm việc cần kiểm tra.",
	EmptyOffer:        "Không có nội dung để kiểm tra. Hãy dán hoặc chuyển tiếp lời mời làm việc.",
	AskPrompt:         "Bạn muốn hỏi gì? Hãy gõ câu hỏi.",
	CheckPrompt:       "Dán hoặc chuyển tiếp lời mời làm việc bạn muốn mình kiểm tra.",
	Unsure:            "Bạn muốn mình kiểm tra đây như một lời mời làm việc, hay trả lời như một câu hỏi?",
	CheckTitle:        "Kiểm tra lời mời làm việc",
	ScoreOf:           "điểm %d/100",
	SignalsFound:      "Dấu hiệu tìm thấy:",
	NoSignals:         "Mình không tìm thấy dấu hiệu dụ dỗ phổ biến nào trong số những dấu hiệu mình xem xét. Điều đó không có nghĩa lời mời này đáng tin: chiêu dụ luôn thay đổi, và mình có thể bỏ sót.",
	CounterFound:      "Cũng tìm thấy (làm giảm điểm, nhưng không bao giờ chứng minh lời mời là thật):",
	NextSteps:         "Nên làm gì tiếp:",
	TopicsTitle:       "Chủ đề",
	HotlinesTitle:     "Đường dây nóng",
	HotlinesPick:      "Chọn một nước:",
	UnknownCountry:    "Mình chưa có đường dây nóng cho “%s”. Đây là các nước mình biết:",
	UnknownTopic:      "Mình không biết chủ đề đó. Đây là danh sách:",
	Flood:             "Bạn gửi tin nhanh hơn mình trả lời kịp. Vui lòng chờ một phút rồi gửi lại câu hỏi.",
	BadCallback:       "Nút này không còn hiệu lực. Vui lòng thử lại.",
	Failure:           "Bên mình đang gặp lỗi. Vui lòng thử lại sau ít phút.",
	LangChosen:        "Từ giờ mình sẽ trả lời bằng %s.",
	LangPick:          "Chọn ngôn ngữ của bạn:",
	FeedbackThanks:    "Cảm ơn bạn đã góp ý.",
	NotInGroup:        "Vui lòng dùng lệnh này trong cuộc chat riêng với mình.",

	ButtonCheck:       "🔍 Kiểm tra lời mời",
	ButtonAsk:         "❓ Đặt câu hỏi",
	ButtonHelpNow:     "🆘 Tôi cần giúp ngay",
	ButtonWhy:         "Vì sao quan trọng",
	ButtonVerify:      "Cách xác minh",
	ButtonReport:      "Báo cáo",
	ButtonTopics:      "📚 Tất cả chủ đề",
	ButtonHotlines:    "☎️ Đường dây nóng",
	ButtonSomeoneElse: "Người thân đang bị giữ",
	ButtonIsOffer:     "Kiểm tra như lời mời",
	ButtonIsQuestion:  "Trả lời như câu hỏi",
	ButtonPrev:        "◀️ Quay lại",
	ButtonNext:        "Tiếp ▶️",
	ButtonReadMore:    "Đọc toàn bài",
	ButtonPostPublic:  "Đăng công khai",
	ButtonDelete:      "Xóa tin nhắn",
	ButtonDismiss:     "Bỏ qua",

	CmdStart:        "Bắt đầu: mình làm được gì",
	CmdCheck:        "Kiểm tra dấu hiệu dụ dỗ trong lời mời làm việc",
	CmdAsk:          "Hỏi về lừa đảo và các khu lừa đảo",
	CmdTopics:       "Xem tất cả chủ đề",
	CmdTopic:        "Mở một chủ đề",
	CmdHotlines:     "Đường dây nóng và nơi tìm trợ giúp theo nước",
	CmdLang:         "Chọn ngôn ngữ trả lời",
	CmdHelp:         "Cách dùng bot",
	CmdAbout:        "Bot này là gì và giới hạn của nó",
	CmdPrivacy:      "Bot lưu gì và không bao giờ lưu gì",
	CmdScan:         "Quản trị viên: quét kênh tìm bài tuyển người",
	CmdCheckMessage: "Kiểm tra lời mời",
}

func init() { catalog[lang.Vietnamese] = &vietnamese }
