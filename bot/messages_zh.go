package bot

import "github.com/scambot/scambot/lang"

var chinese = Strings{
	WelcomeTitle: "你好，我是 scambot。",
	Welcome: "我帮你识别把人骗进诈骗园区（“诈骗工厂”）的虚假招聘，并回答相关问题，每个回答都注明来源。\n\n" +
		"- **收到招聘信息了？** 直接粘贴或转发给我，我会检查其中常见的人口贩运诱饵信号。\n" +
		"- **有问题？** 直接打字问，比如：*刷单诈骗是什么？*\n" +
		"- **你或你认识的人被困了？** 点 *我现在需要帮助*。",
	HelpTitle:    "如何使用 scambot",
	HelpIntro:    "粘贴一条招聘信息，我会检查其中的诱饵信号；输入问题，我会根据整理好的知识库回答，并注明来源。命令：",
	HelpOutro:    "我从不说某个招聘是安全的：我只说找到了什么、没找到什么。我不会保存你的消息。",
	HelpNowTitle: "如果你或别人现在有危险",
	HelpNow:      "安全第一。如果可以，悄悄把你的准确位置、所在楼房的照片和扣押你的人的名字发给你的大使馆、家人或警方。不要和看守起冲突。各国求助热线在下面的按钮里。",
	PrivacyTitle: "隐私",
	Privacy: "- 我**从不保存**你的消息内容或你检查的招聘信息。它们只在内存中读取用于回答，然后就被丢弃。\n" +
		"- 日志只记录事件类型、命令、耗时和是否成功：从不记录文字，也不记录名字或号码。\n" +
		"- 我可能会保存你的语言设置（Telegram）和社区的扫描设置（Discord：频道 ID 和提醒阈值）。\n" +
		"- 反馈按钮只记录被评价的是哪篇文章以及投票结果。\n" +
		"- 不要把密码、验证码或银行信息发给任何人，包括机器人。",
	AbstainTitle:      "这个问题我没有好的答案。",
	Abstain:           "我的知识库涵盖诈骗园区、招聘诱饵、网络诈骗以及去哪里求助。我没找到能很好回答这个问题的文章，与其乱猜，不如直说。",
	AbstainNext:       "你可以浏览全部主题，用 /check 检查招聘信息，或者看看在哪里举报诈骗。如果有人现在有危险，请点 *我现在需要帮助*。",
	Sources:           "来源",
	Related:           "相关主题",
	FellBack:          "这篇文章还没有%s版本，以下是英文版。",
	QuestionTruncated: "你的消息太长，我只读取了前 %d 字节。",
	OfferTruncated:    "招聘信息太长，我只检查了前 %d 字节。",
	EmptyQuestion:     "这条消息里没有我能读懂的文字。请输入问题，或粘贴要检查的招聘信息。",
	EmptyOffer:        "没有可以检查的文字。请粘贴或转发招聘信息。",
	AskPrompt:         "你想了解什么？请输入你的问题。",
	CheckPrompt:       "请粘贴或转发你想让我检查的招聘信息。",
	Unsure:            "你是想让我把这段内容当作招聘信息来检查，还是当作问题来回答？",
	CheckTitle:        "招聘信息检查",
	ScoreOf:           "得分 %d/100",
	SignalsFound:      "发现的信号：",
	NoSignals:         "我没有找到所检查的任何常见诱饵信号。这并不代表这份工作没有风险：诱饵手法在变，我也可能有遗漏。",
	CounterFound:      "另外发现（这些会降低分数，但绝不能证明招聘是真的）：",
	NextSteps:         "接下来怎么做：",
	TopicsTitle:       "主题",
	HotlinesTitle:     "求助热线",
	HotlinesPick:      "请选择国家：",
	UnknownCountry:    "我没有“%s”的求助热线。以下是我知道的国家：",
	UnknownTopic:      "我不知道这个主题。以下是主题列表：",
	Flood:             "你发消息的速度比我回复得还快。请等一分钟，然后再发一次你的问题。",
	BadCallback:       "这个按钮已经失效，请重试。",
	Failure:           "我这边出了点问题，请稍后再试。",
	LangChosen:        "从现在起我会用%s回答。",
	LangPick:          "请选择语言：",
	FeedbackThanks:    "谢谢你的反馈。",
	NotInGroup:        "请在和我的私聊中使用这个功能。",

	ButtonCheck:       "🔍 检查招聘信息",
	ButtonAsk:         "❓ 提问",
	ButtonHelpNow:     "🆘 我现在需要帮助",
	ButtonWhy:         "为什么要注意",
	ButtonVerify:      "如何核实",
	ButtonReport:      "举报",
	ButtonTopics:      "📚 全部主题",
	ButtonHotlines:    "☎️ 求助热线",
	ButtonSomeoneElse: "别人被困了",
	ButtonIsOffer:     "当作招聘信息检查",
	ButtonIsQuestion:  "当作问题回答",
	ButtonPrev:        "◀️ 上一页",
	ButtonNext:        "下一页 ▶️",
	ButtonReadMore:    "阅读全文",
	ButtonPostPublic:  "公开发布回答",
	ButtonDelete:      "删除消息",
	ButtonDismiss:     "忽略",

	CmdStart:        "开始：我能做什么",
	CmdCheck:        "检查招聘信息中的诱饵信号",
	CmdAsk:          "询问诈骗和诈骗园区相关问题",
	CmdTopics:       "浏览全部主题",
	CmdTopic:        "打开一个主题",
	CmdHotlines:     "按国家查看求助热线和求助渠道",
	CmdLang:         "选择我回答用的语言",
	CmdHelp:         "如何使用本机器人",
	CmdAbout:        "本机器人是什么，有哪些局限",
	CmdPrivacy:      "保存什么、从不保存什么",
	CmdScan:         "管理员：扫描频道中的招聘帖",
	CmdCheckMessage: "检查招聘信息",
}

func init() { catalog[lang.Chinese] = &chinese }
