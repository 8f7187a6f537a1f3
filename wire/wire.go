// Package wire defines the JSON objects scambot hands to other programs:
// one per answer (`scambot ask --json`, GET /api/ask) and one per checked
// offer (`scambot check --json`, POST /api/check). The command line and the
// web API build them with the same functions here, so a tool written
// against one works against the other.
package wire

import (
	"github.com/scambot/scambot/bot"
	"github.com/scambot/scambot/distress"
	"github.com/scambot/scambot/knowledge"
	"github.com/scambot/scambot/markup"
	"github.com/scambot/scambot/offer"
)

// Answer is one reply to a question.
type Answer struct {
	Answered bool               `json:"answered"`
	Article  *bot.TopicRef      `json:"article"`
	Score    float64            `json:"score"`
	Lang     string             `json:"lang"`
	Text     string             `json:"text"`
	Notice   string             `json:"notice,omitempty"`
	Sources  []knowledge.Source `json:"sources"`
	Related  []string           `json:"related"`
	// Urgent is set on a help-path answer: the cues that fired (kind,
	// concept, the user's words), whom it is about, the countries named.
	Urgent *distress.Finding `json:"urgent,omitempty"`
}

// FromReply is the Answer for a reply of bot.Ask. Lists are never null, so
// a tool can iterate without checking.
func FromReply(r bot.Reply) Answer {
	j := Answer{
		Answered: r.Kind == bot.KindAnswer,
		Score:    r.Score,
		Lang:     r.Lang,
		Text:     markup.Plain(r.Body),
		Notice:   markup.Plain(r.Notice),
		Sources:  r.Sources,
		Related:  []string{},
		Urgent:   r.Urgent,
	}
	if j.Sources == nil {
		j.Sources = []knowledge.Source{}
	}
	if j.Answered {
		j.Article = r.Article
	}
	for _, t := range r.Related {
		j.Related = append(j.Related, t.ID)
	}
	return j
}

// Check is one checked offer.
type Check struct {
	File      string      `json:"file,omitempty"` // the input file, for the command line
	Score     int         `json:"score"`
	Level     offer.Level `json:"level"`
	Signals   []Signal    `json:"signals"`
	Counter   []Signal    `json:"counter"`
	Advice    []Advice    `json:"advice"`
	Lang      string      `json:"lang"`
	Truncated bool        `json:"truncated"`
	// Supported is false when the offer is in a language the check cannot
	// read (Language names it); Level is then "unknown" unless something
	// it can read, such as a compound town's name, was found.
	Supported bool   `json:"supported"`
	Language  string `json:"unsupported_language,omitempty"`
}

// CheckError is the object for an input that could not be checked (empty,
// binary, no letters), so that every input still gets one object.
type CheckError struct {
	File  string `json:"file,omitempty"`
	Error string `json:"error"`
}

// Signal is one fired rule. Spans are byte offsets [start, end) into the
// text that was checked.
type Signal struct {
	Rule     string   `json:"rule"`
	Category string   `json:"category"`
	Weight   int      `json:"weight"`
	Text     string   `json:"text"`
	Article  string   `json:"article"`
	Spans    [][2]int `json:"spans"`
	Matched  []string `json:"matched"`
}

// Advice is one next step and the article that explains it.
type Advice struct {
	Text    string `json:"text"`
	Article string `json:"article"`
}

// FromResult is the Check for an offer check's result.
func FromResult(res offer.Result) Check {
	j := Check{Score: res.Score, Level: res.Level, Signals: signals(res.Signals), Counter: signals(res.Counter),
		Lang: res.Lang, Truncated: res.Truncated, Advice: []Advice{},
		Supported: res.Unsupported == "", Language: res.Unsupported}
	for _, a := range res.Advice {
		j.Advice = append(j.Advice, Advice(a))
	}
	return j
}

func signals(sigs []offer.Signal) []Signal {
	out := make([]Signal, 0, len(sigs))
	for _, s := range sigs {
		j := Signal{Rule: s.Rule, Category: s.Category, Weight: s.Weight, Text: s.Text, Article: s.Article,
			Spans: make([][2]int, len(s.Spans)), Matched: s.Matched}
		if j.Matched == nil {
			j.Matched = []string{}
		}
		for i, sp := range s.Spans {
			j.Spans[i] = [2]int{sp.Start, sp.End}
		}
		out = append(out, j)
	}
	return out
}
