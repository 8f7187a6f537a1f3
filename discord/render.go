package discord

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"

	"github.com/scambot/scambot/bot"
	"github.com/scambot/scambot/markup"
	"github.com/scambot/scambot/offer"
	"github.com/scambot/scambot/store"
)

// Discord's message limits. Discord counts characters; the code counts
// bytes, which is never fewer, so everything sent is within the limits.
const (
	maxContent     = 2000
	maxTitle       = 256
	maxDescription = 4096
	maxFieldName   = 256
	maxFieldValue  = 1024
	maxFields      = 25
	maxFooter      = 2048
	maxEmbedTotal  = 6000 // all embeds of one message together
	maxEmbeds      = 10
	maxButtonLabel = 80
	maxChoice      = 100 // autocomplete choice name and value
)

// Embed colours by offer-check level, and for everything else.
const (
	colorHigh   = 0xD83C3E // red
	colorMedium = 0xE67E22 // orange
	colorLow    = 0x95A5A6 // grey: nothing found is not a green light
	colorInfo   = 0x3B82F6 // blue
)

// levelColor maps an offer level to its embed colour.
func levelColor(l offer.Level) int {
	switch l {
	case offer.High:
		return colorHigh
	case offer.Medium:
		return colorMedium
	}
	return colorLow
}

// atLeast reports whether level l reaches threshold ("high" or "medium").
func atLeast(l offer.Level, threshold string) bool {
	switch l {
	case offer.High:
		return true
	case offer.Medium:
		return threshold == store.ThresholdMedium
	}
	return false
}

// replyEmbeds renders a core reply as embeds. Long bodies are split over
// several embeds; group them into messages with pack.
func replyEmbeds(r bot.Reply) []*discordgo.MessageEmbed {
	if r.Kind == bot.KindCheck && r.Check != nil {
		return []*discordgo.MessageEmbed{checkEmbed(r)}
	}
	md := r.Body
	if r.Notice != "" {
		md = "*" + markup.Escape(strings.TrimSpace(r.Notice)) + "*\n\n" + md
	}
	var out []*discordgo.MessageEmbed
	for _, part := range markup.Split(md, maxDescription, markup.Discord) {
		out = append(out, &discordgo.MessageEmbed{
			Description: clip(markup.Discord(part), maxDescription),
			Color:       colorInfo,
		})
	}
	if len(out) == 0 {
		out = append(out, &discordgo.MessageEmbed{Color: colorInfo})
	}
	if f := sourcesFooter(r); f != "" {
		out[len(out)-1].Footer = &discordgo.MessageEmbedFooter{Text: f}
	}
	return out
}

// sourcesFooter lists a reply's sources as plain text (footers cannot
// hold links).
func sourcesFooter(r bot.Reply) string {
	if len(r.Sources) == 0 {
		return ""
	}
	parts := make([]string, 0, len(r.Sources))
	for _, s := range r.Sources {
		p := s.Publisher
		if s.Title != "" {
			p += ", " + s.Title
		}
		if s.Year != 0 {
			p += fmt.Sprintf(" (%d)", s.Year)
		}
		parts = append(parts, p)
	}
	return clip(bot.Messages(r.Lang).Sources+": "+strings.Join(parts, " · "), maxFooter)
}

// checkEmbed lays out an offer check: level and score in the description,
// one field per signal with the matched words, counter-signals and advice.
// The texts come from the core's bot.RenderCheck, as on every platform.
func checkEmbed(r bot.Reply) *discordgo.MessageEmbed {
	res := r.Check
	m := bot.Messages(r.Lang)
	v := bot.RenderCheck(*res, r.Lang)
	var desc strings.Builder
	if r.Notice != "" {
		desc.WriteString("*" + markup.Escape(strings.TrimSpace(r.Notice)) + "*\n\n")
	}
	desc.WriteString(v.Summary)
	if len(v.Signals) == 0 {
		desc.WriteString("\n\n" + m.NoSignals)
	}
	e := &discordgo.MessageEmbed{
		Title:       clip(m.CheckTitle, maxTitle),
		Description: clip(markup.Discord(desc.String()), maxDescription),
		Color:       levelColor(res.Level),
		Fields:      signalFields(v.Signals, r.Lang, maxFields-2),
	}
	if len(v.Counter) > 0 {
		var lines []string
		for _, c := range v.Counter {
			lines = append(lines, c.Text)
		}
		e.Fields = append(e.Fields, bulletField(m.CounterFound, lines))
	}
	if len(v.Advice) > 0 {
		e.Fields = append(e.Fields, bulletField(m.NextSteps, v.Advice))
	}
	return e
}

// signalFields makes one field per signal, headed by its category, at
// most n; when there are more, the last field says how many were left out.
func signalFields(sigs []bot.CheckLine, l string, n int) []*discordgo.MessageEmbedField {
	d := texts(l)
	var out []*discordgo.MessageEmbedField
	for i, s := range sigs {
		if i == n-1 && len(sigs) > n {
			out = append(out, &discordgo.MessageEmbedField{
				Name:  "…",
				Value: clip(fmt.Sprintf(d.MoreSignals, len(sigs)-i)+" "+d.Shortened, maxFieldValue),
			})
			break
		}
		out = append(out, &discordgo.MessageEmbedField{
			Name:  clip(categoryName(s.Category, l), maxFieldName),
			Value: fieldValue(s.Text),
		})
	}
	return out
}

func bulletField(name string, lines []string) *discordgo.MessageEmbedField {
	return &discordgo.MessageEmbedField{
		Name:  clip(markup.Plain(name), maxFieldName),
		Value: fieldValue("- " + strings.Join(lines, "\n- ")),
	}
}

// fieldValue renders md for a field value, cut at a clean boundary with
// an ellipsis when it is too long.
func fieldValue(md string) string {
	if v := markup.Discord(md); len(v) <= maxFieldValue {
		if v == "" {
			return "—"
		}
		return v
	}
	parts := markup.Split(md, maxFieldValue-len(" …"), markup.Discord)
	return clip(markup.Discord(parts[0])+" …", maxFieldValue)
}

// categoryName turns a rule category id into a heading in language l:
// the known categories have translated headings; an unknown id
// ("travel-visa") is shown as words ("Travel visa").
func categoryName(c, l string) string {
	d := texts(l)
	c = strings.TrimSpace(c)
	switch c {
	case "pay":
		return d.CatPay
	case "travel":
		return d.CatTravel
	case "destination":
		return d.CatDestination
	case "channel":
		return d.CatChannel
	case "process":
		return d.CatProcess
	case "documents":
		return d.CatDocuments
	case "money":
		return d.CatMoney
	case "pressure":
		return d.CatPressure
	case "task":
		return d.CatTask
	case "mule":
		return d.CatMule
	case "counter":
		return d.CatCounter
	}
	c = strings.NewReplacer("-", " ", "_", " ").Replace(c)
	if c == "" {
		return d.SignalHeading
	}
	r, n := utf8.DecodeRuneInString(c)
	return strings.ToUpper(string(r)) + c[n:]
}

// clip cuts s to at most max bytes at a rune boundary, ending in "…" when
// cut.
func clip(s string, max int) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	if len(s) <= max {
		return s
	}
	cut := max - len("…")
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + "…"
}

func embedSize(e *discordgo.MessageEmbed) int {
	n := len(e.Title) + len(e.Description)
	for _, f := range e.Fields {
		n += len(f.Name) + len(f.Value)
	}
	if e.Footer != nil {
		n += len(e.Footer.Text)
	}
	if e.Author != nil {
		n += len(e.Author.Name)
	}
	return n
}

// pack groups embeds into messages of at most maxEmbeds embeds and
// maxEmbedTotal characters. An embed larger than the total on its own
// (possible only with many full fields) loses fields until it fits, with
// a note in language l.
func pack(embeds []*discordgo.MessageEmbed, l string) [][]*discordgo.MessageEmbed {
	var out [][]*discordgo.MessageEmbed
	var cur []*discordgo.MessageEmbed
	size := 0
	for _, e := range embeds {
		shrink(e, l)
		n := embedSize(e)
		if len(cur) > 0 && (size+n > maxEmbedTotal || len(cur) == maxEmbeds) {
			out = append(out, cur)
			cur, size = nil, 0
		}
		cur = append(cur, e)
		size += n
	}
	if len(cur) > 0 {
		out = append(out, cur)
	}
	return out
}

// shrink drops trailing fields (keeping a note in language l) until e fits
// in one message.
func shrink(e *discordgo.MessageEmbed, l string) {
	if embedSize(e) <= maxEmbedTotal {
		return
	}
	note := &discordgo.MessageEmbedField{Name: "…", Value: clip(texts(l).Shortened, maxFieldValue)}
	for len(e.Fields) > 0 && embedSize(e)+len(note.Name)+len(note.Value) > maxEmbedTotal {
		e.Fields = e.Fields[:len(e.Fields)-1]
	}
	if embedSize(e)+len(note.Name)+len(note.Value) <= maxEmbedTotal {
		e.Fields = append(e.Fields, note)
	} else {
		// No fields left and still too big: cut the description.
		e.Description = clip(e.Description, maxEmbedTotal-embedSize(e)+len(e.Description))
	}
}

// buttons turns a reply's actions into button rows: related topics,
// hotlines, urgent help; plus "Post answer publicly" on ephemeral replies.
func buttons(r bot.Reply, ephemeral bool) []discordgo.MessageComponent {
	var btns []discordgo.MessageComponent
	for _, a := range r.Actions {
		var b button
		switch a.Kind {
		case bot.ActionTopic:
			if !isSlug(a.Arg) {
				continue
			}
			b = button{kind: "t", arg: a.Arg}
		case bot.ActionTopics:
			b = button{kind: "topics"}
		case bot.ActionHotlines:
			b = button{kind: "hot", arg: a.Arg}
		case bot.ActionHelpNow:
			b = button{kind: "help"}
		default:
			continue // ask/check prompts: Discord has slash commands for those
		}
		id := b.id()
		if len(id) > 100 {
			continue
		}
		btns = append(btns, discordgo.Button{Label: clip(a.Label, maxButtonLabel), Style: discordgo.SecondaryButton, CustomID: id})
	}
	if ephemeral {
		btns = append(btns, discordgo.Button{
			Label:    clip(texts(r.Lang).ButtonPostPublic, maxButtonLabel),
			Style:    discordgo.PrimaryButton,
			CustomID: button{kind: "pub"}.id(),
		})
	}
	return rows(btns)
}

// rows puts buttons five to a row, at most five rows.
func rows(btns []discordgo.MessageComponent) []discordgo.MessageComponent {
	var out []discordgo.MessageComponent
	for len(btns) > 0 && len(out) < 5 {
		n := min(5, len(btns))
		out = append(out, discordgo.ActionsRow{Components: btns[:n]})
		btns = btns[n:]
	}
	return out
}
