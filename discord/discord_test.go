package discord

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/scambot/scambot/bot"
	"github.com/scambot/scambot/bot/bottest"
	"github.com/scambot/scambot/lang"
	"github.com/scambot/scambot/markup"
	"github.com/scambot/scambot/store"
)

const (
	testToken = "test-token-must-never-be-logged"
	guildID   = "100"
	chanID    = "200" // where commands are used
	watched   = "201"
	modlog    = "202"
	unwatched = "203"
	// lure reads like a trafficking lure to any reasonable checker.
	lure = "URGENT hiring! Customer service job in Sihanoukville, Cambodia. Salary $3000 per month, no experience needed. " +
		"Free flight and visa, company pays everything. Contact us only on Telegram @hr_agent. " +
		"Send your passport copy today to reserve your seat. Do not tell your family."
)

// core is the real stack (knowledge base, index, offer checker), built
// once for all tests.
func core(t *testing.T) *bot.Bot { return bottest.Core(t) }

type rig struct {
	t      *testing.T
	f      *fakeDiscord
	b      *Bot
	st     *store.Store
	cancel context.CancelFunc
	done   chan error
	logs   *bottest.Logs
	nextID int
}

// start runs a Bot against f and waits for its command registration.
func start(t *testing.T, f *fakeDiscord, st *store.Store, cfg Config) *rig {
	t.Helper()
	if st == nil {
		var err error
		st, err = store.Open(context.Background(), ":memory:")
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { st.Close() })
	}
	logs := &bottest.Logs{}
	cfg.Token = testToken
	cfg.APIURL = f.srv.URL
	cfg.Logger = slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	before := f.count()
	b, err := New(cfg, core(t), st)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	r := &rig{t: t, f: f, b: b, st: st, cancel: cancel, done: make(chan error, 1), logs: logs}
	failed := make(chan struct{})
	go func() {
		err := b.Run(ctx)
		if err != nil {
			t.Errorf("Run: %v", err)
			close(failed)
			f.mu.Lock()
			f.notify()
			f.mu.Unlock()
		}
		r.done <- err
	}()
	f.waitFor("command registration", func() bool {
		select {
		case <-failed:
			return true
		default:
		}
		for _, q := range f.reqs[before:] {
			if q.Method == "PUT" && strings.HasSuffix(q.Path, "/commands") {
				return true
			}
		}
		return false
	})
	t.Cleanup(func() { r.stop() })
	return r
}

// stop cancels Run and checks that it returns nil within 10 s.
func (r *rig) stop() {
	r.t.Helper()
	if r.cancel == nil {
		return
	}
	r.cancel()
	r.cancel = nil
	select {
	case err := <-r.done:
		if err != nil {
			r.t.Errorf("Run returned %v after cancel", err)
		}
	case <-time.After(10 * time.Second):
		r.t.Fatal("Run did not return within 10 s of cancel")
	}
	logs := r.logs.String()
	for _, secret := range []string{testToken, "Sihanoukville", "hr_agent", "pig butchering"} {
		if strings.Contains(logs, secret) {
			r.t.Errorf("logs contain %q:\n%s", secret, logs)
		}
	}
}

// A member without permissions, and a moderator.
type who struct {
	id     string
	perms  int64
	locale string // Discord client locale; "" means en-US
}

var (
	member    = who{"300", 0, ""}
	moderator = who{"301", discordgo.PermissionManageGuild | discordgo.PermissionManageMessages, ""}
)

// response is an interaction callback body.
type response struct {
	Type int `json:"type"`
	Data struct {
		Content    string                    `json:"content"`
		Embeds     []*discordgo.MessageEmbed `json:"embeds"`
		Flags      int                       `json:"flags"`
		Components []struct {
			Components []struct {
				CustomID string `json:"custom_id"`
				Label    string `json:"label"`
			} `json:"components"`
		} `json:"components"`
		Choices []struct {
			Name  string `json:"name"`
			Value any    `json:"value"`
		} `json:"choices"`
	} `json:"data"`
}

func (r response) customIDs() []string {
	var ids []string
	for _, row := range r.Data.Components {
		for _, c := range row.Components {
			ids = append(ids, c.CustomID)
		}
	}
	return ids
}

func decode(t *testing.T, body []byte) response {
	t.Helper()
	var r response
	if err := json.Unmarshal(body, &r); err != nil {
		t.Fatalf("decoding %s: %v", body, err)
	}
	return r
}

// interact dispatches an interaction and returns its callback.
func (r *rig) interact(typ discordgo.InteractionType, data any, w who, message any) (id string, resp response) {
	r.t.Helper()
	r.nextID++
	id = "7" + strings.Repeat("0", 3) + string(rune('0'+r.nextID%10)) + time.Now().Format("150405.000000")[7:]
	before := r.f.count()
	locale := w.locale
	if locale == "" {
		locale = "en-US"
	}
	p := map[string]any{
		"id": id, "application_id": r.f.appID, "type": typ, "data": data,
		"guild_id": guildID, "channel_id": chanID, "token": "tok" + id, "locale": locale, "version": 1,
		"member": map[string]any{"user": map[string]any{"id": w.id, "username": "u" + w.id}, "permissions": itoa(w.perms)},
	}
	if message != nil {
		p["message"] = message
	}
	r.f.dispatch("INTERACTION_CREATE", p)
	req := r.f.waitReq(before, "POST", "/interactions/"+id+"/")
	return id, decode(r.t, req.Body)
}

func itoa(n int64) string { b, _ := json.Marshal(n); return string(b) }

// edited waits for the edit of interaction id's original response.
func (r *rig) edited(id string) response {
	r.t.Helper()
	req := r.f.waitReq(0, "PATCH", "/webhooks/"+r.f.appID+"/tok"+id+"/messages/@original")
	// An edit carries the message fields at the top level.
	return decode(r.t, []byte(`{"type":0,"data":`+string(req.Body)+`}`))
}

func slash(name string, opts ...map[string]any) map[string]any {
	return map[string]any{"id": "cmd-" + name, "name": name, "type": 1, "options": opts}
}

func opt(name string, typ int, value any) map[string]any {
	return map[string]any{"name": name, "type": typ, "value": value}
}

func str(name, value string) map[string]any { return opt(name, 3, value) }

func focused(name, value string) map[string]any {
	o := str(name, value)
	o["focused"] = true
	return o
}

func subcommand(name string, opts ...map[string]any) map[string]any {
	return map[string]any{"name": name, "type": 1, "options": opts}
}

func click(customID string) map[string]any {
	return map[string]any{"custom_id": customID, "component_type": 2}
}

func TestRegistration(t *testing.T) {
	t.Parallel()
	f := newFake(t)
	// The first bulk overwrite is rate limited: discordgo must wait and retry.
	f.limit["PUT "+api+"applications/111/guilds/100/commands"] = 1
	r := start(t, f, nil, Config{GuildID: guildID})
	f.waitFor("the retried bulk overwrite", func() bool {
		n := 0
		for _, q := range f.reqs {
			if q.Method == "PUT" {
				n++
			}
		}
		return n >= 2
	})
	puts := f.find("PUT", "/commands")
	if len(puts) != 2 {
		t.Fatalf("got %d bulk overwrites, want 2 (a 429, then the retry)", len(puts))
	}
	var cmds []*discordgo.ApplicationCommand
	if err := json.Unmarshal(puts[1].Body, &cmds); err != nil {
		t.Fatal(err)
	}
	byName := map[string]*discordgo.ApplicationCommand{}
	for _, c := range cmds {
		byName[c.Name] = c
		if c.Type == discordgo.ChatApplicationCommand && (c.Description == "" || len(c.Description) > 100) {
			t.Errorf("/%s: description %q", c.Name, c.Description)
		}
	}
	for _, name := range []string{"ask", "topic", "topics", "hotlines", "about", "privacy", "check", "scan", "Check job offer"} {
		if byName[name] == nil {
			t.Errorf("command %q not registered", name)
		}
	}
	if c := byName["Check job offer"]; c != nil && c.Type != discordgo.MessageApplicationCommand {
		t.Errorf("context menu type = %d, want message command", c.Type)
	}
	if c := byName["scan"]; c != nil {
		if c.DefaultMemberPermissions == nil || *c.DefaultMemberPermissions != discordgo.PermissionManageGuild {
			t.Errorf("/scan default permissions = %v, want Manage Server", c.DefaultMemberPermissions)
		}
		if len(c.Options) != 6 {
			t.Errorf("/scan has %d subcommands, want 6", len(c.Options))
		}
	}
	for _, name := range []string{"ask", "topic", "hotlines"} {
		if c := byName[name]; c != nil && !c.Options[0].Autocomplete {
			t.Errorf("/%s: first option not autocompleted", name)
		}
	}
	// Descriptions are localized where the core has a translation.
	if c := byName["check"]; c != nil {
		vi := bot.Messages("vi").CmdCheck
		if vi != bot.Messages("en").CmdCheck && (c.DescriptionLocalizations == nil || (*c.DescriptionLocalizations)[discordgo.Vietnamese] != vi) {
			t.Errorf("/check Vietnamese description = %v, want %q", c.DescriptionLocalizations, vi)
		}
	}
	for _, c := range cmds {
		if c.DescriptionLocalizations != nil {
			for loc, d := range *c.DescriptionLocalizations {
				if _, ok := map[discordgo.Locale]bool{"zh-CN": true, "vi": true, "id": true, "th": true, "hi": true}[loc]; !ok || d == "" || len([]rune(d)) > 100 {
					t.Errorf("/%s: localization %s = %q", c.Name, loc, d)
				}
			}
		}
		if c.NameLocalizations != nil {
			for loc, n := range *c.NameLocalizations {
				if n == "" || len([]rune(n)) > 32 {
					t.Errorf("%s: name localization %s = %q", c.Name, loc, n)
				}
			}
		}
	}
	if c := byName["check"]; c != nil && (len(c.Options) != 2 || c.Options[1].Name != "public") {
		t.Errorf("/check options = %+v, want offer and public", c.Options)
	}
	// Intents: no message content without scanning.
	f.mu.Lock()
	ops := append([]gwOp(nil), f.ops...)
	f.mu.Unlock()
	if len(ops) != 1 || ops[0].Op != 2 || ops[0].Intents != int64(discordgo.IntentsGuilds) {
		t.Errorf("gateway ops = %+v, want one IDENTIFY with intents %d", ops, discordgo.IntentsGuilds)
	}
	if ops[0].Token != "Bot "+testToken {
		t.Errorf("IDENTIFY token = %q", ops[0].Token)
	}
	r.stop()
	f.mu.Lock()
	closes := f.closes
	f.mu.Unlock()
	if closes != 1 {
		t.Errorf("gateway saw %d close frames on shutdown, want 1", closes)
	}
	if !strings.Contains(r.logs.String(), "scanning is disabled") {
		t.Errorf("log does not say scanning is disabled:\n%s", r.logs)
	}
}

func TestGlobalRegistrationAndScanIntents(t *testing.T) {
	t.Parallel()
	f := newFake(t)
	start(t, f, nil, Config{Scan: true}).stop()
	if got := f.find("PUT", "/applications/111/commands"); len(got) != 1 {
		t.Errorf("global bulk overwrite requests = %d, want 1", len(got))
	}
	want := int64(discordgo.IntentsGuilds | discordgo.IntentsGuildMessages | discordgo.IntentsMessageContent)
	f.mu.Lock()
	got := f.ops[0].Intents
	f.mu.Unlock()
	if got != want {
		t.Errorf("intents = %d, want %d", got, want)
	}
}

func TestDisallowedIntentExplained(t *testing.T) {
	t.Parallel()
	f := newFake(t)
	f.denyContent = true
	st, err := store.Open(context.Background(), ":memory:")
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	b, err := New(Config{Token: testToken, APIURL: f.srv.URL, Scan: true, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))}, core(t), st)
	if err != nil {
		t.Fatal(err)
	}
	err = b.Run(context.Background())
	if err == nil || !strings.Contains(err.Error(), "Message Content Intent") {
		t.Errorf("Run with a disallowed intent = %v, want an error that says how to fix it", err)
	}
}

func TestCommands(t *testing.T) {
	t.Parallel()
	f := newFake(t)
	r := start(t, f, nil, Config{GuildID: guildID})

	t.Run("ask is deferred then edited", func(t *testing.T) {
		id, resp := r.interact(discordgo.InteractionApplicationCommand, slash("ask", str("question", "what is pig butchering?")), member, nil)
		if resp.Type != int(discordgo.InteractionResponseDeferredChannelMessageWithSource) || resp.Data.Flags != int(discordgo.MessageFlagsEphemeral) {
			t.Fatalf("ask ack = type %d flags %d, want deferred ephemeral", resp.Type, resp.Data.Flags)
		}
		e := r.edited(id)
		if len(e.Data.Embeds) == 0 || e.Data.Embeds[0].Description == "" {
			t.Fatalf("ask edit has no answer: %+v", e.Data)
		}
		if !contains(e.customIDs(), "sb1:pub") {
			t.Errorf("ephemeral answer lacks the post-publicly button: %v", e.customIDs())
		}
		if footer := e.Data.Embeds[len(e.Data.Embeds)-1].Footer; footer == nil || !strings.HasPrefix(footer.Text, "Sources: ") {
			t.Errorf("answer footer = %+v, want sources", footer)
		}
	})

	t.Run("ask public", func(t *testing.T) {
		id, resp := r.interact(discordgo.InteractionApplicationCommand, slash("ask", str("question", "how do I report a scam"), opt("public", 5, true)), member, nil)
		if resp.Data.Flags != 0 {
			t.Errorf("public ask deferred with flags %d", resp.Data.Flags)
		}
		if e := r.edited(id); contains(e.customIDs(), "sb1:pub") {
			t.Errorf("public answer has a post-publicly button")
		}
	})

	t.Run("topic", func(t *testing.T) {
		_, resp := r.interact(discordgo.InteractionApplicationCommand, slash("topic", str("id", "task-scams")), member, nil)
		if resp.Type != int(discordgo.InteractionResponseChannelMessageWithSource) || len(resp.Data.Embeds) == 0 {
			t.Fatalf("topic: %+v", resp)
		}
		if !strings.Contains(strings.ToLower(resp.Data.Embeds[0].Description), "task") {
			t.Errorf("topic task-scams description: %q", resp.Data.Embeds[0].Description)
		}
		var related int
		for _, id := range resp.customIDs() {
			if strings.HasPrefix(id, "sb1:t:") {
				related++
			}
		}
		if related == 0 {
			t.Errorf("no related-topic buttons: %v", resp.customIDs())
		}
	})

	t.Run("unknown topic lists topics", func(t *testing.T) {
		_, resp := r.interact(discordgo.InteractionApplicationCommand, slash("topic", str("id", "zzzz-nothing")), member, nil)
		if len(resp.Data.Embeds) == 0 || !strings.Contains(resp.Data.Embeds[0].Description, "task-scams") {
			t.Errorf("unknown topic reply: %+v", resp.Data)
		}
	})

	t.Run("topics", func(t *testing.T) {
		_, resp := r.interact(discordgo.InteractionApplicationCommand, slash("topics"), member, nil)
		if len(resp.Data.Embeds) == 0 || strings.Count(resp.Data.Embeds[0].Description, "•") < 20 {
			t.Errorf("topics list: %+v", resp.Data)
		}
	})

	t.Run("hotlines", func(t *testing.T) {
		_, resp := r.interact(discordgo.InteractionApplicationCommand, slash("hotlines", str("country", "Philippines")), member, nil)
		if len(resp.Data.Embeds) == 0 || !strings.Contains(resp.Data.Embeds[0].Description, "Philippines") {
			t.Errorf("hotlines: %+v", resp.Data)
		}
	})

	t.Run("hotlines quotes an unknown country as text", func(t *testing.T) {
		// Discord reads these at the start of a line as a list, heading,
		// subtext or quote; the user's words must stay words.
		country := "Atlantis\n- one\n* two\n3. three\n# four\n-# five\n> six"
		_, resp := r.interact(discordgo.InteractionApplicationCommand, slash("hotlines", str("country", country)), member, nil)
		if len(resp.Data.Embeds) == 0 || !strings.Contains(resp.Data.Embeds[0].Description, "Atlantis") {
			t.Fatalf("hotlines: %+v", resp.Data)
		}
		desc := resp.Data.Embeds[0].Description
		block := regexp.MustCompile(`(?m)^[ \t]*([-+*]|\d+[.)]|#+|-#|>+)[ \t]`)
		if m := block.FindAllString(desc, -1); len(m) > 0 {
			t.Errorf("lines read as Discord markup %q:\n%s", m, desc)
		}
		for _, w := range []string{"one", "two", "three", "four", "five", "six"} {
			if !strings.Contains(desc, w) {
				t.Errorf("quoted country lost %q:\n%s", w, desc)
			}
		}
	})

	t.Run("about says scanning is off", func(t *testing.T) {
		_, resp := r.interact(discordgo.InteractionApplicationCommand, slash("about"), member, nil)
		if len(resp.Data.Embeds) == 0 || !strings.Contains(resp.Data.Embeds[0].Description, "message content intent") {
			t.Errorf("about: %+v", resp.Data)
		}
	})

	t.Run("privacy", func(t *testing.T) {
		_, resp := r.interact(discordgo.InteractionApplicationCommand, slash("privacy"), member, nil)
		if len(resp.Data.Embeds) == 0 || !strings.Contains(resp.Data.Embeds[0].Description, "never store") {
			t.Errorf("privacy: %+v", resp.Data)
		}
	})

	t.Run("check text public", func(t *testing.T) {
		_, resp := r.interact(discordgo.InteractionApplicationCommand, slash("check", str("offer", lure), opt("public", 5, true)), member, nil)
		if resp.Data.Flags != 0 || len(resp.Data.Embeds) != 1 {
			t.Fatalf("check: %+v", resp.Data)
		}
		e := resp.Data.Embeds[0]
		if e.Color != colorHigh {
			t.Errorf("check colour = %#x, want high (red)", e.Color)
		}
		var quoted bool
		for _, fl := range e.Fields {
			quoted = quoted || strings.Contains(fl.Value, "“**")
		}
		if len(e.Fields) < 2 || !quoted {
			t.Errorf("check fields lack signals with matched words: %+v", e.Fields)
		}
		if contains(resp.customIDs(), "sb1:pub") {
			t.Errorf("public check has post-publicly button")
		}
	})

	t.Run("check message link", func(t *testing.T) {
		f.mu.Lock()
		for _, ch := range []string{chanID, watched, foreignChannel} {
			f.messages[ch+"/555"] = `{"id":"555","channel_id":"` + ch + `","content":` + quote(lure) + `,"author":{"id":"400"}}`
		}
		f.mu.Unlock()
		for _, c := range []struct {
			name    string
			channel string
			w       who
			fetch   bool // the message is fetched and checked
		}{
			{"member, this channel", chanID, member, true},
			{"moderator, another channel", watched, moderator, true},
		} {
			before := f.count()
			id, resp := r.interact(discordgo.InteractionApplicationCommand, slash("check", str("offer", "https://discord.com/channels/100/"+c.channel+"/555")), c.w, nil)
			if resp.Type != int(discordgo.InteractionResponseDeferredChannelMessageWithSource) {
				t.Fatalf("%s: link check not deferred: %+v", c.name, resp)
			}
			f.waitReq(before, "GET", "/channels/"+c.channel+"/messages/555")
			e := r.edited(id)
			if len(e.Data.Embeds) != 1 || e.Data.Embeds[0].Color != colorHigh {
				t.Errorf("%s: link check result: %+v", c.name, e.Data)
			}
		}
	})

	t.Run("check link refused", func(t *testing.T) {
		// A member cannot make the bot read another channel (it may be
		// one they cannot see).
		fetched := len(f.find("GET", "/messages/"))
		_, resp := r.interact(discordgo.InteractionApplicationCommand, slash("check", str("offer", "https://discord.com/channels/100/201/555")), member, nil)
		if !strings.Contains(resp.Data.Content, "only from this channel") {
			t.Errorf("member link to another channel: %+v", resp.Data)
		}
		// A moderator's link whose channel is not in this guild.
		id, _ := r.interact(discordgo.InteractionApplicationCommand, slash("check", str("offer", "https://discord.com/channels/100/"+foreignChannel+"/555")), moderator, nil)
		if e := r.edited(id); len(e.Data.Embeds) != 1 || e.Data.Embeds[0].Color == colorHigh {
			t.Errorf("foreign channel link was checked: %+v", e.Data)
		}
		if n := len(f.find("GET", "/messages/")); n != fetched {
			t.Errorf("fetched %d messages it should not have", n-fetched)
		}
	})

	t.Run("check link to another guild", func(t *testing.T) {
		fetched := len(f.find("GET", "/messages/"))
		_, resp := r.interact(discordgo.InteractionApplicationCommand, slash("check", str("offer", "https://discord.com/channels/999/201/555")), member, nil)
		if !strings.Contains(resp.Data.Content, "this server") {
			t.Errorf("other-guild link: %+v", resp.Data)
		}
		if n := len(f.find("GET", "/messages/")); n != fetched {
			t.Errorf("fetched a message from another guild")
		}
	})

	t.Run("context menu", func(t *testing.T) {
		data := map[string]any{"id": "cmd-menu", "name": "Check job offer", "type": 3, "target_id": "556",
			"resolved": map[string]any{"messages": map[string]any{"556": map[string]any{
				"id": "556", "channel_id": watched, "content": lure, "author": map[string]any{"id": "400"}}}}}
		_, resp := r.interact(discordgo.InteractionApplicationCommand, data, member, nil)
		if resp.Data.Flags != int(discordgo.MessageFlagsEphemeral) || len(resp.Data.Embeds) != 1 || resp.Data.Embeds[0].Color != colorHigh {
			t.Errorf("context menu: %+v", resp.Data)
		}
	})

	// A picture of an offer has no text: the reply says so instead of
	// sending the moderator back to the menu they just used.
	t.Run("context menu on a picture", func(t *testing.T) {
		data := map[string]any{"id": "cmd-menu", "name": "Check job offer", "type": 3, "target_id": "557",
			"resolved": map[string]any{"messages": map[string]any{"557": map[string]any{
				"id": "557", "channel_id": watched, "content": "", "author": map[string]any{"id": "400"},
				"attachments": []any{map[string]any{"id": "1", "filename": "offer.jpg", "content_type": "image/jpeg"}}}}}}
		_, resp := r.interact(discordgo.InteractionApplicationCommand, data, member, nil)
		want := texts("en").MessageNoText
		if want == "" || !strings.Contains(resp.Data.Content, markup.Discord(want)) || resp.Data.Flags != int(discordgo.MessageFlagsEphemeral) {
			t.Errorf("context menu on a picture: %q, want %q", resp.Data.Content, want)
		}
	})

	t.Run("autocomplete", func(t *testing.T) {
		for _, c := range []struct {
			cmd, opt, typed, want string
		}{
			{"ask", "question", "scam", ""},
			{"topic", "id", "task", "task-scams"},
			{"hotlines", "country", "phil", "Philippines"},
		} {
			_, resp := r.interact(discordgo.InteractionApplicationCommandAutocomplete, slash(c.cmd, focused(c.opt, c.typed)), member, nil)
			if resp.Type != int(discordgo.InteractionApplicationCommandAutocompleteResult) || len(resp.Data.Choices) == 0 || len(resp.Data.Choices) > 25 {
				t.Errorf("%s autocomplete: %+v", c.cmd, resp)
				continue
			}
			var found bool
			for _, ch := range resp.Data.Choices {
				if len(ch.Name) > maxChoice {
					t.Errorf("%s: choice name too long: %q", c.cmd, ch.Name)
				}
				found = found || ch.Value == c.want
			}
			if c.want != "" && !found {
				t.Errorf("%s autocomplete %q: no %q in %+v", c.cmd, c.typed, c.want, resp.Data.Choices)
			}
		}
	})

	t.Run("topic button", func(t *testing.T) {
		_, resp := r.interact(discordgo.InteractionMessageComponent, click("sb1:t:verify-a-job-offer"), member, nil)
		if resp.Data.Flags != int(discordgo.MessageFlagsEphemeral) || len(resp.Data.Embeds) == 0 {
			t.Errorf("topic button: %+v", resp.Data)
		}
	})

	t.Run("forged buttons", func(t *testing.T) {
		for _, id := range []string{"sb1:t:no-such-topic", "sb1:t:../../x", "sb1:del:abc:1", "sb1:del:1", "sb1:pub:x", "garbage", "", strings.Repeat("sb1:", 40), "sb1:t:\xff"} {
			_, resp := r.interact(discordgo.InteractionMessageComponent, click(id), member, nil)
			if !strings.Contains(resp.Data.Content, "no longer valid") || resp.Data.Flags != int(discordgo.MessageFlagsEphemeral) {
				t.Errorf("custom ID %q: %+v", id, resp.Data)
			}
		}
		if got := f.find("DELETE", "/channels/"); len(got) != 0 {
			t.Errorf("forged buttons deleted something: %v", got)
		}
	})

	t.Run("post publicly", func(t *testing.T) {
		msg := map[string]any{"id": "901", "channel_id": chanID, "flags": 64, "author": map[string]any{"id": f.botID, "bot": true},
			"embeds": []any{map[string]any{"description": "an answer"}},
			"components": []any{map[string]any{"type": 1, "components": []any{
				map[string]any{"type": 2, "style": 2, "label": "Task scams", "custom_id": "sb1:t:task-scams"},
				map[string]any{"type": 2, "style": 1, "label": "Post answer publicly", "custom_id": "sb1:pub"},
			}}}}
		_, resp := r.interact(discordgo.InteractionMessageComponent, click("sb1:pub"), member, msg)
		if resp.Type != int(discordgo.InteractionResponseChannelMessageWithSource) || resp.Data.Flags != 0 ||
			len(resp.Data.Embeds) != 1 || resp.Data.Embeds[0].Description != "an answer" {
			t.Fatalf("post publicly: %+v", resp)
		}
		if ids := resp.customIDs(); len(ids) != 1 || ids[0] != "sb1:t:task-scams" {
			t.Errorf("public copy buttons = %v, want only the topic", ids)
		}
		// Not on someone else's or a non-ephemeral message.
		msg["flags"] = 0
		_, resp = r.interact(discordgo.InteractionMessageComponent, click("sb1:pub"), member, msg)
		if !strings.Contains(resp.Data.Content, "no longer valid") {
			t.Errorf("pub on a public message: %+v", resp.Data)
		}
	})

	t.Run("scan refused for a member", func(t *testing.T) {
		_, resp := r.interact(discordgo.InteractionApplicationCommand, slash("scan", subcommand("enable", opt("channel", 7, watched))), member, nil)
		if !strings.Contains(resp.Data.Content, "Manage Server") {
			t.Errorf("non-moderator /scan: %+v", resp.Data)
		}
		if g, _ := r.st.Guild(context.Background(), guildID); len(g.Watched) != 0 {
			t.Errorf("non-moderator changed settings: %+v", g)
		}
	})

	t.Run("scan texts follow the member's locale", func(t *testing.T) {
		vi, en := texts(lang.Vietnamese), texts(lang.English)
		if vi.NeedManageServer == en.NeedManageServer || vi.ScanSettingsTitle == en.ScanSettingsTitle {
			t.Fatal("no Vietnamese scan texts to test with")
		}
		_, resp := r.interact(discordgo.InteractionApplicationCommand, slash("scan", subcommand("enable", opt("channel", 7, watched))), who{"302", 0, "vi"}, nil)
		if resp.Data.Content != markup.Discord(vi.NeedManageServer) {
			t.Errorf("Vietnamese member's /scan refusal = %q, want %q", resp.Data.Content, markup.Discord(vi.NeedManageServer))
		}
		_, resp = r.interact(discordgo.InteractionApplicationCommand, slash("scan", subcommand("show")), who{"303", moderator.perms, "vi-VN"}, nil)
		for _, want := range []string{vi.ScanSettingsTitle, vi.ScanNoStore, fmt.Sprintf(vi.ScanLimit, r.b.cfg.AlertsPerMinute)} {
			if !strings.Contains(resp.Data.Content, want) {
				t.Errorf("Vietnamese /scan show lacks %q: %q", want, resp.Data.Content)
			}
		}
		if strings.Contains(resp.Data.Content, en.ScanNoStore) {
			t.Errorf("Vietnamese /scan show is in English: %q", resp.Data.Content)
		}
	})
}

func TestScanAlertDelete(t *testing.T) {
	t.Parallel()
	f := newFake(t)
	r := start(t, f, nil, Config{GuildID: guildID, Scan: true, AlertsPerMinute: 2})
	scan := func(w who, sub map[string]any) response {
		_, resp := r.interact(discordgo.InteractionApplicationCommand, slash("scan", sub), w, nil)
		return resp
	}
	scan(moderator, subcommand("modlog", opt("channel", 7, modlog)))
	scan(moderator, subcommand("enable", opt("channel", 7, watched)))
	scan(moderator, subcommand("threshold", str("level", "medium")))
	show := scan(moderator, subcommand("show"))
	for _, want := range []string{"<#" + watched + ">", "<#" + modlog + ">", "medium"} {
		if !strings.Contains(show.Data.Content, want) {
			t.Errorf("/scan show lacks %q: %q", want, show.Data.Content)
		}
	}
	msg := func(id, channel, author string, isBot bool, content string) map[string]any {
		return map[string]any{"id": id, "channel_id": channel, "guild_id": guildID, "content": content,
			"author": map[string]any{"id": author, "username": "x", "bot": isBot}}
	}
	// Ignored: a bot, the bot itself, an unwatched channel, a harmless message.
	f.dispatch("MESSAGE_CREATE", msg("550", watched, "500", true, lure))
	f.dispatch("MESSAGE_CREATE", msg("551", watched, f.botID, true, lure))
	f.dispatch("MESSAGE_CREATE", msg("552", unwatched, "400", false, lure))
	f.dispatch("MESSAGE_CREATE", msg("553", watched, "400", false, "Good morning everyone, see you at the meetup on Sunday."))
	// Alerted.
	f.dispatch("MESSAGE_CREATE", msg("556", watched, "400", false, lure))
	alertReq := f.waitReq(0, "POST", "/channels/"+modlog+"/messages")
	var alert struct {
		Embeds     []*discordgo.MessageEmbed `json:"embeds"`
		Components []struct {
			Components []struct {
				CustomID string `json:"custom_id"`
			} `json:"components"`
		} `json:"components"`
	}
	if err := json.Unmarshal(alertReq.Body, &alert); err != nil {
		t.Fatal(err)
	}
	link := "https://discord.com/channels/100/201/556"
	if len(alert.Embeds) != 1 || alert.Embeds[0].URL != link || !strings.Contains(alert.Embeds[0].Description, "<@400>") || alert.Embeds[0].Color != colorHigh {
		t.Fatalf("alert embed: %s", alertReq.Body)
	}
	if strings.Contains(string(alertReq.Body), "Do not tell your family") {
		t.Errorf("alert quotes the whole message")
	}
	var ids []string
	for _, row := range alert.Components {
		for _, c := range row.Components {
			ids = append(ids, c.CustomID)
		}
	}
	if !contains(ids, "sb1:del:201:556") || !contains(ids, "sb1:dis") {
		t.Errorf("alert buttons = %v", ids)
	}

	// The alert as Discord would hand it back on a button click.
	alertMsg := map[string]any{"id": "800", "channel_id": modlog, "author": map[string]any{"id": f.botID, "bot": true},
		"embeds": []any{map[string]any{"title": texts("en").AlertTitle, "url": link, "description": "x"}}}

	// A member without Manage Messages cannot delete.
	_, resp := r.interact(discordgo.InteractionMessageComponent, click("sb1:del:201:556"), member, alertMsg)
	if !strings.Contains(resp.Data.Content, "Manage Messages") {
		t.Errorf("member delete: %+v", resp.Data)
	}
	// A forged target on a real alert is refused.
	_, resp = r.interact(discordgo.InteractionMessageComponent, click("sb1:del:201:999"), moderator, alertMsg)
	if !strings.Contains(resp.Data.Content, "no longer valid") {
		t.Errorf("forged delete target: %+v", resp.Data)
	}
	if got := f.find("DELETE", "/channels/"); len(got) != 0 {
		t.Fatalf("deleted without a valid moderator click: %v", got)
	}
	// A moderator deletes it.
	id, resp := r.interact(discordgo.InteractionMessageComponent, click("sb1:del:201:556"), moderator, alertMsg)
	if resp.Type != int(discordgo.InteractionResponseDeferredMessageUpdate) {
		t.Errorf("delete ack type = %d", resp.Type)
	}
	f.waitReq(0, "DELETE", "/channels/201/messages/556")
	upd := r.edited(id)
	if len(upd.Data.Embeds) != 1 || !strings.Contains(embedText(upd.Data.Embeds[0]), "deleted by <@301>") || len(upd.Data.Components) != 0 {
		t.Errorf("alert after delete: %+v", upd.Data)
	}
	// Dismiss.
	_, resp = r.interact(discordgo.InteractionMessageComponent, click("sb1:dis"), moderator, alertMsg)
	if resp.Type != int(discordgo.InteractionResponseUpdateMessage) || !strings.Contains(embedText(resp.Data.Embeds[0]), "Dismissed by <@301>") {
		t.Errorf("dismiss: %+v", resp)
	}

	// The per-guild limit (2 a minute): two more lures give one more alert.
	f.dispatch("MESSAGE_CREATE", msg("557", watched, "400", false, lure))
	f.dispatch("MESSAGE_CREATE", msg("558", watched, "400", false, lure))
	f.waitFor("a second alert", func() bool {
		n := 0
		for _, q := range f.reqs {
			if q.Method == "POST" && strings.HasSuffix(q.Path, "/channels/"+modlog+"/messages") {
				n++
			}
		}
		return n >= 2
	})
	r.stop() // waits for in-flight handlers
	if got := f.find("POST", "/channels/"+modlog+"/messages"); len(got) != 2 {
		t.Errorf("alerts posted = %d, want 2 (one per lure, capped at 2 a minute; ignored messages none)", len(got))
	}
}

// TestScanAlertLanguage: alerts are read by the moderators, so they follow
// the server's preferred locale (or the language set with /scan language),
// not the language of the offer, whose own words they still quote.
func TestScanAlertLanguage(t *testing.T) {
	t.Parallel()
	f := newFake(t)
	r := start(t, f, nil, Config{GuildID: guildID, Scan: true, AlertsPerMinute: 10})
	scan := func(sub map[string]any) string {
		_, resp := r.interact(discordgo.InteractionApplicationCommand, slash("scan", sub), moderator, nil)
		return resp.Data.Content
	}
	scan(subcommand("modlog", opt("channel", 7, modlog)))
	scan(subcommand("enable", opt("channel", 7, watched)))
	const viOffer = "Tuyển nhân viên chăm sóc khách hàng làm việc tại Campuchia, lương 2000 USD mỗi tháng, bao vé máy bay, " +
		"không cần kinh nghiệm. Gửi ảnh hộ chiếu trước, liên hệ qua Telegram để nhận việc ngay."
	n := 0
	alert := func(id string) *discordgo.MessageEmbed {
		t.Helper()
		before := f.count()
		f.dispatch("MESSAGE_CREATE", map[string]any{"id": id, "channel_id": watched, "guild_id": guildID, "content": viOffer,
			"author": map[string]any{"id": "400", "username": "x"}})
		req := f.waitReq(before, "POST", "/channels/"+modlog+"/messages")
		n++
		var body struct {
			Embeds []*discordgo.MessageEmbed `json:"embeds"`
		}
		if err := json.Unmarshal(req.Body, &body); err != nil || len(body.Embeds) != 1 {
			t.Fatalf("alert %s: %v %s", id, err, req.Body)
		}
		return body.Embeds[0]
	}
	// Gateway events are handled concurrently: wait for the locale to land.
	waitLocale := func(want string) {
		t.Helper()
		for deadline := time.Now().Add(5 * time.Second); ; time.Sleep(5 * time.Millisecond) {
			r.b.mu.Lock()
			got := r.b.locales[guildID]
			r.b.mu.Unlock()
			if got == want {
				return
			}
			if time.Now().After(deadline) {
				t.Fatalf("the server locale is %q, want %q", got, want)
			}
		}
	}
	tests := []struct {
		name  string
		setup func()
		want  string
	}{
		{"English-speaking server, Vietnamese offer", func() {
			f.dispatch("GUILD_CREATE", map[string]any{"id": guildID, "name": "g", "preferred_locale": "en-US"})
			waitLocale("en-US")
		}, lang.English},
		{"the server switches to Thai", func() {
			f.dispatch("GUILD_UPDATE", map[string]any{"id": guildID, "name": "g", "preferred_locale": "th"})
			waitLocale("th")
		}, lang.Thai},
		{"/scan language sets Hindi", func() {
			if got := scan(subcommand("language", str("language", "hi"))); !strings.Contains(got, lang.Name(lang.Hindi)) {
				t.Errorf("/scan language hi answered %q", got)
			}
		}, lang.Hindi},
		{"/scan language auto follows the server again", func() {
			if got := scan(subcommand("language", str("language", "auto"))); !strings.Contains(got, lang.Name(lang.Thai)) {
				t.Errorf("/scan language auto answered %q", got)
			}
		}, lang.Thai},
	}
	for i, tt := range tests {
		tt.setup()
		e := alert(fmt.Sprint(700 + i))
		if e.Title != texts(tt.want).AlertTitle {
			t.Errorf("%s: alert title %q, want %q", tt.name, e.Title, texts(tt.want).AlertTitle)
		}
		if text := embedText(e); !strings.Contains(text, "hộ chiếu") {
			t.Errorf("%s: alert does not quote the offer's own words:\n%s", tt.name, text)
		}
	}
	scan(subcommand("language", str("language", "xx"))) // refused, changes nothing
	if show := scan(subcommand("show")); !strings.Contains(show, fmt.Sprintf(texts(lang.English).ScanLangAuto, lang.Name(lang.Thai))) {
		t.Errorf("/scan show does not name the alert language: %q", show)
	}
}

func TestGatewayResume(t *testing.T) {
	t.Parallel()
	f := newFake(t)
	r := start(t, f, nil, Config{GuildID: guildID})
	f.dispatch("GUILD_CREATE", map[string]any{"id": guildID, "name": "g"}) // advance the sequence
	f.drop()
	f.waitFor("RESUME", func() bool { return len(f.ops) >= 2 })
	f.mu.Lock()
	op := f.ops[1]
	f.mu.Unlock()
	if op.Op != 6 || op.SessionID != f.sessionID || op.Seq < 2 || op.Token != "Bot "+testToken {
		t.Errorf("after a drop got op %+v, want RESUME of %s at seq ≥ 2", op, f.sessionID)
	}
	// The resumed session serves interactions.
	_, resp := r.interact(discordgo.InteractionApplicationCommand, slash("privacy"), member, nil)
	if len(resp.Data.Embeds) == 0 {
		t.Errorf("no reply after resume: %+v", resp.Data)
	}
}

func TestSettingsSurviveRestart(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), store.FileName)
	st, err := store.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	f := newFake(t)
	r := start(t, f, st, Config{GuildID: guildID, Scan: true})
	r.interact(discordgo.InteractionApplicationCommand, slash("scan", subcommand("modlog", opt("channel", 7, modlog))), moderator, nil)
	r.interact(discordgo.InteractionApplicationCommand, slash("scan", subcommand("enable", opt("channel", 7, watched))), moderator, nil)
	r.stop()
	st.Close()

	st, err = store.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	r = start(t, f, st, Config{GuildID: guildID, Scan: true})
	_, show := r.interact(discordgo.InteractionApplicationCommand, slash("scan", subcommand("show")), moderator, nil)
	if !strings.Contains(show.Data.Content, "<#"+watched+">") || !strings.Contains(show.Data.Content, "<#"+modlog+">") {
		t.Errorf("settings lost across restart: %q", show.Data.Content)
	}
	before := f.count()
	f.dispatch("MESSAGE_CREATE", map[string]any{"id": "560", "channel_id": watched, "guild_id": guildID, "content": lure,
		"author": map[string]any{"id": "400"}})
	f.waitReq(before, "POST", "/channels/"+modlog+"/messages")

	// Disable the channel: its messages are no longer checked.
	r.interact(discordgo.InteractionApplicationCommand, slash("scan", subcommand("disable", opt("channel", 7, watched))), moderator, nil)
	r.interact(discordgo.InteractionApplicationCommand, slash("scan", subcommand("enable", opt("channel", 7, unwatched))), moderator, nil)
	f.dispatch("MESSAGE_CREATE", map[string]any{"id": "561", "channel_id": watched, "guild_id": guildID, "content": lure,
		"author": map[string]any{"id": "400"}})
	f.dispatch("MESSAGE_CREATE", map[string]any{"id": "562", "channel_id": unwatched, "guild_id": guildID, "content": lure,
		"author": map[string]any{"id": "400"}})
	f.waitFor("the alert for the newly watched channel", func() bool {
		for _, q := range f.reqs {
			if q.Method == "POST" && strings.Contains(string(q.Body), "/"+unwatched+"/562") {
				return true
			}
		}
		return false
	})
	r.stop()
	for _, q := range f.find("POST", "/channels/"+modlog+"/messages") {
		if strings.Contains(string(q.Body), "/561") {
			t.Errorf("a message in a disabled channel raised an alert")
		}
	}
}

func embedText(e *discordgo.MessageEmbed) string {
	s := e.Title + "\n" + e.Description
	for _, f := range e.Fields {
		s += "\n" + f.Name + "\n" + f.Value
	}
	return s
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func quote(s string) string { b, _ := json.Marshal(s); return string(b) }

// A refused token ends Run with an error at once; a server error is
// retried until the bot is stopped, which is then a clean stop.
func TestGatewayStartFailures(t *testing.T) {
	tests := []struct {
		name    string
		status  int
		wantErr bool
	}{
		{"unauthorized is final", http.StatusUnauthorized, true},
		{"server error is retried", http.StatusServiceUnavailable, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFake(t)
			f.mu.Lock()
			f.status["GET "+api+"gateway"] = tt.status
			f.status["GET "+api+"gateway/bot"] = tt.status
			f.mu.Unlock()
			st, err := store.Open(context.Background(), ":memory:")
			if err != nil {
				t.Fatal(err)
			}
			defer st.Close()
			b, err := New(Config{Token: testToken, APIURL: f.srv.URL, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))}, core(t), st)
			if err != nil {
				t.Fatal(err)
			}
			ctx, cancel := context.WithTimeout(context.Background(), 1500*time.Millisecond)
			defer cancel()
			err = b.Run(ctx)
			if (err != nil) != tt.wantErr {
				t.Errorf("Run = %v, want error: %v", err, tt.wantErr)
			}
			f.mu.Lock()
			asked := 0
			for _, q := range f.reqs {
				if q.Method == "GET" && strings.Contains(q.Path, "gateway") {
					asked++
				}
			}
			f.mu.Unlock()
			if !tt.wantErr && asked < 2 {
				t.Errorf("gateway asked %d times, want retries", asked)
			}
		})
	}
}

// An interaction's token lets whoever holds it answer and edit the
// interaction for 15 minutes. discordgo's network errors carry the URL,
// which holds the token: it must not reach the log.
func TestInteractionTokenNotLogged(t *testing.T) {
	t.Parallel()
	f := newFake(t)
	r := start(t, f, nil, Config{GuildID: guildID})
	id := "7000999000111"
	f.mu.Lock()
	f.hangup["POST "+api+"interactions/"+id+"/tok"+id+"/callback"] = true
	f.mu.Unlock()
	f.dispatch("INTERACTION_CREATE", map[string]any{
		"id": id, "application_id": f.appID, "type": discordgo.InteractionApplicationCommand, "data": slash("topics"),
		"guild_id": guildID, "channel_id": chanID, "token": "tok" + id, "locale": "en-US", "version": 1,
		"member": map[string]any{"user": map[string]any{"id": member.id, "username": "u"}, "permissions": "0"},
	})
	deadline := time.Now().Add(10 * time.Second)
	for !strings.Contains(r.logs.String(), "interaction failed") {
		if time.Now().After(deadline) {
			t.Fatalf("no failure logged:\n%s", r.logs.String())
		}
		time.Sleep(10 * time.Millisecond)
	}
	if logs := r.logs.String(); strings.Contains(logs, "tok"+id) {
		t.Errorf("the interaction token is in the log:\n%s", logs)
	}
}
