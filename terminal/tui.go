package terminal

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textarea"
	"github.com/charmbracelet/bubbles/viewport"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"github.com/scambot/scambot/bot"
	"github.com/scambot/scambot/knowledge"
	"github.com/scambot/scambot/markup"
	"github.com/scambot/scambot/offer"
	"github.com/scambot/scambot/printable"
)

// RunTUI runs the full-screen chat on a terminal: the conversation scrolls
// above an input box where Enter sends and a paste of any length, over any
// number of lines, stays one message. It returns nil when the user quits
// (Ctrl-C, Ctrl-D on an empty box, /quit) or ctx is done.
func RunTUI(ctx context.Context, b *bot.Bot, locale string, in io.Reader, out io.Writer) error {
	p := tea.NewProgram(newModel(ctx, b, locale), tea.WithContext(ctx), tea.WithInput(in), tea.WithOutput(out),
		tea.WithAltScreen())
	_, err := p.Run()
	if errors.Is(err, tea.ErrProgramKilled) || errors.Is(err, context.Canceled) {
		return nil
	}
	return err
}

// entry is one message of the conversation.
type entry struct {
	user bool
	text string // the user's message, printable
	out  output // the bot's
}

// replyMsg carries the session's output back to Update.
type replyMsg struct{ out output }

type model struct {
	ctx     context.Context
	s       *session
	entries []entry
	vp      viewport.Model
	ta      textarea.Model
	width   int
	height  int
	busy    bool // a reply is being computed: the session is not ours to touch
	history []string
	histPos int    // len(history) when not browsing
	draft   string // what was typed before browsing the history
	ui      string // the language of the chat's own hints (the session's, read when idle)
}

var (
	styleUser    = lipgloss.NewStyle().Faint(true)
	styleBotName = lipgloss.NewStyle().Bold(true).Foreground(lipgloss.Color("6"))
	styleNumber  = lipgloss.NewStyle().Bold(true).Foreground(lipgloss.Color("3"))
	styleMark    = lipgloss.NewStyle().Bold(true).Foreground(lipgloss.Color("1"))
	styleCounter = lipgloss.NewStyle().Foreground(lipgloss.Color("2"))
	styleOld     = lipgloss.NewStyle().Faint(true)
	styleFooter  = lipgloss.NewStyle().Faint(true)
	styleLink    = lipgloss.NewStyle().Underline(true).Foreground(lipgloss.Color("4"))
	styleOffer   = lipgloss.NewStyle().Border(lipgloss.NormalBorder(), false, false, false, true).PaddingLeft(1)
)

func newModel(ctx context.Context, b *bot.Bot, locale string) *model {
	ta := textarea.New()
	ta.ShowLineNumbers = false
	ta.Prompt = "› "
	ta.CharLimit = 4 * offer.MaxInput // the check reads the first MaxInput bytes and says so
	ta.MaxHeight = 0
	ta.SetHeight(1)
	// Enter sends; Alt+Enter or Ctrl+J starts a new line. A paste keeps its
	// line breaks (bracketed paste delivers it whole).
	ta.KeyMap.InsertNewline = key.NewBinding(key.WithKeys("alt+enter", "ctrl+j"))
	ta.FocusedStyle.CursorLine = lipgloss.NewStyle()
	ta.Focus()
	m := &model{ctx: ctx, s: &session{bot: b, locale: locale}, ta: ta, width: 80, height: 24}
	m.vp = viewport.New(80, 20)
	m.vp.KeyMap = viewport.KeyMap{
		PageDown:     key.NewBinding(key.WithKeys("pgdown")),
		PageUp:       key.NewBinding(key.WithKeys("pgup")),
		HalfPageUp:   key.NewBinding(key.WithKeys("ctrl+u")),
		HalfPageDown: key.NewBinding(key.WithKeys("ctrl+d")),
		Up:           key.NewBinding(key.WithKeys("ctrl+up")),
		Down:         key.NewBinding(key.WithKeys("ctrl+down")),
	}
	m.entries = append(m.entries, entry{out: m.s.reply(b.Welcome(m.s.replyLang("")))})
	m.ui = m.s.replyLang("")
	m.ta.Placeholder = texts(m.ui).Placeholder
	m.layout()
	return m
}

func (m *model) Init() tea.Cmd { return textarea.Blink }

func (m *model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if k, ok := msg.(tea.KeyMsg); ok && k.Type == tea.KeyRunes {
		// The input box drops control characters, ESC among them, which
		// would leave a pasted sequence's payload ("]8;;http://…",
		// "[31m") as text: remove the sequences whole before it sees them.
		k.Runes = []rune(printable.Sequences(string(k.Runes)))
		msg = k
	}
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
		m.layout()
		return m, nil
	case replyMsg:
		m.busy = false
		m.ui = m.s.replyLang("") // a /lang choice changes the hints too
		m.ta.Placeholder = texts(m.ui).Placeholder
		if msg.out.Quit {
			return m, tea.Quit
		}
		if msg.out.Reply != nil || msg.out.Text != "" {
			m.entries = append(m.entries, entry{out: msg.out})
		}
		m.layout()
		return m, nil
	case tea.KeyMsg:
		switch {
		case msg.Type == tea.KeyCtrlC:
			return m, tea.Quit
		case msg.Type == tea.KeyCtrlD && m.ta.Value() == "":
			return m, tea.Quit
		case msg.Type == tea.KeyEnter && !msg.Alt && !msg.Paste:
			return m, m.submit()
		case msg.Type == tea.KeyPgUp || msg.Type == tea.KeyPgDown || msg.Type == tea.KeyCtrlUp || msg.Type == tea.KeyCtrlDown:
			var cmd tea.Cmd
			m.vp, cmd = m.vp.Update(msg)
			return m, cmd
		case (msg.Type == tea.KeyUp || msg.Type == tea.KeyDown) && m.ta.LineCount() <= 1:
			m.browse(msg.Type == tea.KeyUp)
			return m, nil
		}
	}
	var cmd tea.Cmd
	m.ta, cmd = m.ta.Update(msg)
	m.fitInput()
	return m, cmd
}

// submit sends what is in the box as one message.
func (m *model) submit() tea.Cmd {
	text := m.ta.Value()
	if strings.TrimSpace(text) == "" || m.busy {
		return nil
	}
	if len(m.history) == 0 || m.history[len(m.history)-1] != text {
		m.history = append(m.history, text)
	}
	m.histPos, m.draft = len(m.history), ""
	m.ta.Reset()
	m.fitInput()
	m.entries = append(m.entries, entry{user: true, text: printable.String(text)})
	m.busy = true
	m.layout()
	s, ctx := m.s, m.ctx
	return func() tea.Msg { return replyMsg{out: s.handle(ctx, text)} }
}

// browse moves through earlier messages with the arrow keys.
func (m *model) browse(up bool) {
	if len(m.history) == 0 {
		return
	}
	if m.histPos == len(m.history) {
		m.draft = m.ta.Value()
	}
	switch {
	case up && m.histPos > 0:
		m.histPos--
	case !up && m.histPos < len(m.history):
		m.histPos++
	default:
		return
	}
	if m.histPos == len(m.history) {
		m.ta.SetValue(m.draft)
	} else {
		m.ta.SetValue(m.history[m.histPos])
	}
	m.fitInput()
}

// fitInput grows the input box with its lines, up to a third of the screen.
func (m *model) fitInput() {
	h := min(max(m.ta.LineCount(), 1), max(m.height/3, 1))
	if h != m.ta.Height() {
		m.ta.SetHeight(h)
		m.layout()
	}
}

// layout sizes the parts to the terminal and re-renders the conversation
// at its width, scrolled to the start of the newest reply.
func (m *model) layout() {
	m.ta.SetWidth(max(m.width, 10))
	m.vp.Width = m.width
	m.vp.Height = max(m.height-m.ta.Height()-2, 3)
	content, lastStart := m.render(max(m.width-1, 20))
	m.vp.SetContent(content)
	m.vp.GotoBottom()
	if bottom := m.vp.YOffset; lastStart < bottom {
		m.vp.SetYOffset(lastStart)
	}
}

// render draws the conversation at width and says on which line the
// newest exchange starts.
func (m *model) render(width int) (string, int) {
	var b strings.Builder
	lastStart := 0
	for i, e := range m.entries {
		if i > 0 {
			b.WriteString("\n\n")
		}
		// Scroll to the newest exchange: the user's message and the reply.
		if e.user || i == 0 || !m.entries[i-1].user {
			lastStart = strings.Count(b.String(), "\n")
		}
		active := i == len(m.entries)-1
		if e.user {
			keep := 12
			if i+1 < len(m.entries) && m.entries[i+1].out.Offer != "" {
				keep = 1 // the reply shows the offer whole, highlighted
			}
			b.WriteString(styleUser.Width(width).Render(texts(m.ui).You + " › " + clip(e.text, keep, texts(m.ui).MoreLines)))
			continue
		}
		b.WriteString(renderOutput(e.out, width, active))
	}
	if m.busy {
		b.WriteString("\n\n" + styleOld.Render("…"))
	}
	return b.String(), lastStart
}

// renderOutput draws one reply: the checked offer with its signal words
// highlighted, the text wrapped at width, and the choices, numbered when
// they are the ones a number picks.
func renderOutput(o output, width int, active bool) string {
	var b strings.Builder
	b.WriteString(styleBotName.Render("scambot") + "\n")
	if o.Offer != "" && o.Reply != nil && o.Reply.Check != nil {
		b.WriteString(styleOffer.Width(width-2).Render(highlightOffer(o.Offer, o.Reply.Check)) + "\n\n")
	}
	md := o.Text
	if o.Reply != nil {
		r := *o.Reply
		r.Sources = nil // drawn below, as links
		md = r.Markdown()
	}
	text := printable.String(markup.Plain(md))
	b.WriteString(lipgloss.NewStyle().Width(width).Render(text))
	if o.Reply != nil && len(o.Reply.Sources) > 0 {
		b.WriteString("\n\n" + styleBotName.Render(bot.Messages(o.Reply.Lang).Sources))
		for _, src := range o.Reply.Sources {
			b.WriteString("\n" + sourceLine(src, width))
		}
	}
	if len(o.Choices) > 0 {
		b.WriteString("\n")
		for i, c := range o.Choices {
			label := printable.Line(markup.Plain(c.Label))
			if active {
				num := styleNumber.Render(fmt.Sprintf("%3d ", i+1))
				b.WriteString("\n" + num + lipgloss.NewStyle().Width(width-4).Render(label))
			} else {
				b.WriteString("\n" + styleOld.Width(width).Render("    "+label))
			}
		}
	}
	return b.String()
}

// sourceLine is a source with its address on a line of its own, never
// wrapped, so a terminal can recognise it as a link and a copy gets it
// whole.
func sourceLine(src knowledge.Source, width int) string {
	line := "• " + printable.Line(src.Publisher)
	if src.Title != "" {
		line += ", " + printable.Line(src.Title)
	}
	if src.Year != 0 {
		line += fmt.Sprintf(" (%d)", src.Year)
	}
	line = lipgloss.NewStyle().Width(width).Render(line)
	if u := printable.Line(src.URL); u != "" {
		// A longer address than the screen is wrapped rather than cut.
		line += "\n" + styleLink.Width(width).Render("  "+u)
	}
	return line
}

// highlightOffer shows the offer with the words res.Highlights names (the
// one rule of which words every surface marks): a signal's in bold red, a
// counter-signal's in green.
func highlightOffer(text string, res *offer.Result) string {
	var b strings.Builder
	pos := 0
	for _, h := range res.Highlights(text) {
		b.WriteString(text[pos:h.Start])
		st := styleMark
		if h.Counter {
			st = styleCounter
		}
		b.WriteString(st.Render(text[h.Start:h.End]))
		pos = h.End
	}
	b.WriteString(text[pos:])
	return strings.TrimSpace(b.String())
}

// clip keeps the first n lines of a long message and says how many more.
// more is the format of the remark ("… (%d more lines)").
func clip(s string, n int, more string) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	if len(lines) <= n {
		return strings.Join(lines, "\n")
	}
	return strings.Join(lines[:n], "\n") + "\n" + fmt.Sprintf(more, len(lines)-n)
}

func (m *model) View() string {
	footer := texts(m.ui).Keys
	return m.vp.View() + "\n" + m.ta.View() + "\n" + styleFooter.Width(m.width).MaxHeight(1).Render(footer)
}
