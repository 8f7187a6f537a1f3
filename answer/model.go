package answer

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/scambot/scambot/index"
	"github.com/scambot/scambot/knowledge"
)

// The topic classifier: multinomial logistic regression over hashed word,
// word-pair and character n-gram features, with an explicit "none" class
// for questions about something else. It is trained by `go generate
// ./answer` (internal/trainmodel) on answer/train/ and the articles'
// example questions, and embedded here. A search ranks articles by the
// words they use; the classifier learns what people mean from thousands of
// questions written the way they write, and the "none" class learns what
// is out of scope from examples instead of from a threshold.
//
//go:generate go run ./internal/trainmodel -data train -out model.bin
//go:embed model.bin
var modelBin []byte

// None is the classifier's out-of-scope class.
const None = "-"

// modelMagic starts a model file; the version follows it.
const modelMagic = "SCAMBOTM"

const modelVersion = 1

// Model is a trained classifier with its calibration.
type Model struct {
	Meta ModelMeta
	// w holds dim rows of len(Classes) weights, quantised to int8 and
	// kept as the decompressed file's bytes; the weight is int8(w)*Scale.
	w    []byte
	bias []float32
	// vocab is Meta.Vocab as sorted sets (see unfamiliar).
	vocab map[string]vocabulary
}

// ModelMeta is what a model file says about itself.
type ModelMeta struct {
	Classes []string `json:"classes"`
	Dim     int      `json:"dim"`
	Scale   float32  `json:"scale"`
	// Calib turns the decision's evidence into the probability that the
	// answer is right (Platt scaling fitted on cross-validated held-out
	// predictions): see calibrated.
	Calib []float64 `json:"calib"`
	// Iso maps the Platt output to the measured accuracy (isotonic
	// regression on the same held-out predictions): pairs of (Platt
	// output, accuracy), increasing in both. Platt's S-curve alone was
	// optimistic at the top.
	Iso [][2]float64 `json:"iso"`
	// SearchWeight is how much the search's confidence adds to the
	// classifier's probability of the search's best article.
	SearchWeight float64 `json:"search_weight"`
	// Threshold is the calibrated probability from which the engine
	// answers rather than abstains (one rule for every language).
	Threshold float64 `json:"threshold"`
	// HelpThreshold is the lower threshold for the articles on being held
	// or helping someone who is (helpArticle): an abstention costs more
	// there than a wrong answer elsewhere (see missedHelpCost).
	HelpThreshold float64 `json:"help_threshold"`
	// HelpPrecision is the score of a help-path answer (the bot's answer
	// from the distress cues or the safety net, before any search) by the
	// evidence group of its finding (distress.Finding.Evidence): the
	// conservative share of such answers that were right on the
	// cross-validated training lines (see HelpPrecision). Model files
	// written before it have none: DefaultHelpPrecision then.
	HelpPrecision map[string]float64 `json:"help_precision,omitempty"`
	// Vocab holds, for each language where the unfamiliar-words rule pays
	// on the held-out lines, the terms of the in-scope training and
	// example questions, sorted (see familiar.go).
	Vocab map[string][]string `json:"vocab,omitempty"`
	// Unfamiliar is the share of a question's terms missing from its
	// language's Vocab from which the engine abstains (help articles
	// excepted); 0 turns the rule off.
	Unfamiliar float64 `json:"unfamiliar,omitempty"`
	// Trained describes the training run (data, sizes, CV figures).
	Trained map[string]any `json:"trained,omitempty"`
}

// DefaultHelpPrecision is the score of a help-path answer whose evidence
// group the model has not measured (a model file from before the
// measurement, a group too thin to measure, or no model at all). It is
// below 0.8, the score from which answers are meant to be right 95% of
// the time: an unmeasured help-path answer is not that sure. It is about
// the measured score of the urgent rule's weakest group without a sign of
// a general question ("weak": 0.47 on 5 Dec 2026); the general
// questions' and the safety net's measure lower (0.33, 0.22).
const DefaultHelpPrecision = 0.5

// HelpPrecision returns the score of a help-path answer whose finding is
// in evidence group group (distress.Finding.Evidence): the measured
// precision of that group, or DefaultHelpPrecision when the model has
// none for it.
func (m *Model) HelpPrecision(group string) float64 {
	if m == nil {
		return DefaultHelpPrecision
	}
	if p, ok := m.Meta.HelpPrecision[group]; ok && p > 0 && p <= 1 {
		return p
	}
	return DefaultHelpPrecision
}

// HelpScore is the score of a help-path answer with article id article
// whose finding is in evidence group group: the group's measured precision
// (HelpPrecision), or the classifier's own calibrated score when the
// engine answers the same article (ownArticle, "" when it abstains) with a
// higher one. The one rule for the help path's score (bot.Ask, and the
// training tool's figures).
func (m *Model) HelpScore(group, article, ownArticle string, ownScore float64) float64 {
	p := m.HelpPrecision(group)
	if ownArticle != "" && ownArticle == article && ownScore > p {
		return ownScore
	}
	return p
}

// maxModel bounds a model file's decompressed size: LoadModel's largest
// Dim (1<<22) by 32 classes.
const maxModel = 1 << 27

// LoadModel reads a model file: a gzip stream (see Encode) of the magic,
// the version, the JSON header, the biases and the weights.
func LoadModel(file []byte) (*Model, error) {
	zr, err := gzip.NewReader(bytes.NewReader(file))
	if err != nil {
		return nil, fmt.Errorf("not a scambot model file: %w", err)
	}
	// The gzip trailer's last four bytes are the decompressed size: one
	// buffer of that size, not io.ReadAll's doublings, which left the
	// running bot's memory megabytes higher.
	size := binary.LittleEndian.Uint32(file[len(file)-4:])
	if size > maxModel {
		return nil, errors.New("model file too large")
	}
	data := make([]byte, size)
	if _, err := io.ReadFull(zr, data); err != nil {
		return nil, fmt.Errorf("model file: %w", err)
	}
	if n, err := zr.Read(make([]byte, 1)); n != 0 || err != io.EOF {
		return nil, errors.New("model file: longer than its gzip trailer says")
	}
	r := bytes.NewReader(data)
	head := make([]byte, len(modelMagic)+2+4)
	if _, err := io.ReadFull(r, head); err != nil || string(head[:len(modelMagic)]) != modelMagic {
		return nil, errors.New("not a scambot model file")
	}
	if v := binary.LittleEndian.Uint16(head[len(modelMagic):]); v != modelVersion {
		return nil, fmt.Errorf("model version %d, want %d", v, modelVersion)
	}
	n := binary.LittleEndian.Uint32(head[len(modelMagic)+2:])
	if int64(n) > int64(r.Len()) {
		return nil, errors.New("model header truncated")
	}
	meta := make([]byte, n)
	if _, err := io.ReadFull(r, meta); err != nil {
		return nil, err
	}
	m := &Model{}
	if err := json.Unmarshal(meta, &m.Meta); err != nil {
		return nil, fmt.Errorf("model header: %w", err)
	}
	k := len(m.Meta.Classes)
	if k < 2 || m.Meta.Dim <= 0 || m.Meta.Dim > 1<<22 || len(m.Meta.Calib) != len(calibFeatures(decision{})) {
		return nil, errors.New("model header: bad sizes")
	}
	m.bias = make([]float32, k)
	if err := binary.Read(r, binary.LittleEndian, m.bias); err != nil {
		return nil, fmt.Errorf("model biases: %w", err)
	}
	off := len(data) - r.Len()
	if r.Len() < m.Meta.Dim*k {
		return nil, errors.New("model weights truncated")
	}
	if r.Len() > m.Meta.Dim*k {
		return nil, errors.New("model file has trailing data")
	}
	m.w = data[off : off+m.Meta.Dim*k : off+m.Meta.Dim*k]
	m.vocab = make(map[string]vocabulary, len(m.Meta.Vocab))
	for l, terms := range m.Meta.Vocab {
		if !slices.IsSorted(terms) {
			return nil, fmt.Errorf("model header: vocabulary of %q not sorted", l)
		}
		m.vocab[l] = terms
	}
	return m, nil
}

// Encode writes the model file, gzipped: about half the int8 weights are
// zeros (rounded to nothing, or hashed features no question used), and the
// file is embedded in a binary that has a size limit (cmd/scambot's
// maxBinary). The weights then live on the heap (1.8 MB), not in the
// binary's read-only data.
func (m *Model) Encode() ([]byte, error) {
	meta, err := json.Marshal(m.Meta)
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	b.WriteString(modelMagic)
	binary.Write(&b, binary.LittleEndian, uint16(modelVersion))
	binary.Write(&b, binary.LittleEndian, uint32(len(meta)))
	b.Write(meta)
	binary.Write(&b, binary.LittleEndian, m.bias)
	b.Write(m.w)
	var z bytes.Buffer
	zw, err := gzip.NewWriterLevel(&z, gzip.BestCompression)
	if err != nil {
		return nil, err
	}
	if _, err := zw.Write(b.Bytes()); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return z.Bytes(), nil
}

// Probs returns the probability of each class (Meta.Classes order) for a
// question in language l.
func (m *Model) Probs(l, text string) []float64 {
	k := len(m.Meta.Classes)
	z := make([]float64, k)
	for i, b := range m.bias {
		z[i] = float64(b)
	}
	feats := featurize(l, text, m.Meta.Dim)
	scale := float64(m.Meta.Scale)
	for _, f := range feats {
		row := m.w[int(f.idx)*k : int(f.idx)*k+k]
		v := f.val * scale
		for c, w := range row {
			z[c] += v * float64(int8(w))
		}
	}
	return softmax(z)
}

func softmax(z []float64) []float64 {
	max := math.Inf(-1)
	for _, v := range z {
		if v > max {
			max = v
		}
	}
	var sum float64
	for i, v := range z {
		z[i] = math.Exp(v - max)
		sum += z[i]
	}
	for i := range z {
		z[i] /= sum
	}
	return z
}

// feature is one hashed feature with its value.
type feature struct {
	idx uint32
	val float64
}

// featurize turns a question into hashed features: the analyser's terms
// (stemmed words, or character bigrams of Chinese and Thai), pairs of
// neighbouring terms, and character trigrams of each longer word, which
// carry a misspelt or inflected word to its usual form. Values are
// normalised so a long message weighs as much as a short one.
func featurize(l, text string, dim int) []feature {
	if len(text) > MaxQuestion {
		text = text[:MaxQuestion]
	}
	terms := index.AnalyzerFor(l).Terms(index.Expand(l, text))
	counts := make(map[uint32]float64, 4*len(terms)+16)
	d := uint32(dim)
	add := func(h uint32) { counts[h%d]++ }
	for i, t := range terms {
		add(fnvString(fnvByte(fnvOffset, 'w'), t))
		if i > 0 {
			add(fnvString(fnvByte(fnvString(fnvByte(fnvOffset, 'b'), terms[i-1]), ' '), t))
		}
		if n := utf8.RuneCountInString(t); n >= 4 && !isDenseTerm(t) {
			// Character trigrams of "<word>", hashed from the byte
			// offsets of each rune.
			w := "<" + t + ">"
			var starts [64]int
			k := 0
			for off := range w {
				if k < len(starts) {
					starts[k] = off
					k++
				}
			}
			for j := 0; j+3 <= k; j++ {
				end := len(w)
				if j+3 < k {
					end = starts[j+3]
				}
				add(fnvString(fnvByte(fnvOffset, 'c'), w[starts[j]:end]))
			}
		}
	}
	// Words as typed (folded, not stemmed, function words kept) and
	// their pairs: "how do they", "what now" and "why" say what kind of
	// question it is, and the analyser drops them as stop words.
	raw := rawWords(text)
	for i, w := range raw {
		add(fnvString(fnvByte(fnvOffset, 'x'), w))
		if i > 0 {
			add(fnvString(fnvByte(fnvString(fnvByte(fnvOffset, 'y'), raw[i-1]), ' '), w))
		}
	}
	// Characters of Chinese and Thai as typed, singly and in pairs: the
	// analyser drops function characters and cuts runs at them, which
	// loses short questions' signal ("被关了怎么办").
	var prev rune
	for _, r := range strings.ToLower(text) {
		if isDenseRune(r) {
			add(fnvRune(fnvByte(fnvOffset, 'u'), r))
			if prev != 0 {
				add(fnvRune(fnvRune(fnvByte(fnvOffset, 'r'), prev), r))
			}
			prev = r
			continue
		}
		if !unicode.IsMark(r) {
			prev = 0
		}
	}
	if len(counts) == 0 {
		return nil
	}
	out := make([]feature, 0, len(counts))
	for i, c := range counts {
		out = append(out, feature{idx: i, val: c})
	}
	// In index order: sums then come out the same on every run.
	sort.Slice(out, func(a, b int) bool { return out[a].idx < out[b].idx })
	var norm float64
	for _, f := range out {
		norm += f.val * f.val
	}
	norm = math.Sqrt(norm)
	for i := range out {
		out[i].val /= norm
	}
	return out
}

// rawWords splits text into lower-case words of spaced scripts, Latin
// diacritics removed.
func rawWords(text string) []string {
	t := norm.NFKD.String(strings.ToLower(text))
	var out []string
	var w []rune
	flush := func() {
		if len(w) > 0 {
			out = append(out, string(w))
			w = w[:0]
		}
	}
	for _, r := range t {
		switch {
		case isDenseRune(r):
			flush()
		case unicode.Is(unicode.Mn, r) && len(w) > 0 && w[len(w)-1] < 0x250:
			// A Latin diacritic: dropped.
		case r == 'đ':
			w = append(w, 'd')
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r):
			w = append(w, r)
		case r == '\'' || r == '’':
		default:
			flush()
		}
	}
	flush()
	return out
}

// FNV-1a, inlined: hashing is most of featurize's work, and hash.Hash32
// allocates per call.
const (
	fnvOffset uint32 = 2166136261
	fnvPrime  uint32 = 16777619
)

func fnvByte(h uint32, b byte) uint32 { return (h ^ uint32(b)) * fnvPrime }

func fnvString(h uint32, s string) uint32 {
	for i := 0; i < len(s); i++ {
		h = (h ^ uint32(s[i])) * fnvPrime
	}
	return h
}

func fnvRune(h uint32, r rune) uint32 {
	var buf [utf8.UTFMax]byte
	n := utf8.EncodeRune(buf[:], r)
	for _, b := range buf[:n] {
		h = fnvByte(h, b)
	}
	return h
}

func isDenseTerm(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	return isDenseRune(r)
}

func isDenseRune(r rune) bool {
	return (r >= 0x4e00 && r <= 0x9fff) || (r >= 0x0e00 && r <= 0x0e7f) || (r >= 0x3400 && r <= 0x4dbf)
}

// decision is the evidence for one answer: what the classifier and the
// search say about the article chosen.
type decision struct {
	article    string
	prob       float64 // the classifier's probability of article
	runnerUp   float64 // its probability of the best other article
	none       float64 // its probability that the question is out of scope
	searchConf float64 // the search's confidence in its own best article
	agree      bool    // the search's best article is article
	combined   float64 // prob plus the search's weighted support
}

// calibFeatures are the inputs of the calibration: a logistic regression
// (weights Meta.Calib, bias first) fitted on held-out folds, so that its
// output is the measured chance that an answer like this one is right.
func calibFeatures(d decision) []float64 {
	agree := 0.0
	if d.agree {
		agree = 1
	}
	return []float64{1, d.combined, d.prob - d.runnerUp, d.none, d.searchConf, agree, d.searchConf * agree}
}

func (m *Model) calibrated(d decision) float64 {
	return isotonic(m.Meta.Iso, m.platt(d))
}

func (m *Model) platt(d decision) float64 {
	z := 0.0
	for i, x := range calibFeatures(d) {
		z += m.Meta.Calib[i] * x
	}
	return 1 / (1 + math.Exp(-z))
}

// isotonic interpolates the step points of an isotonic fit; with none it
// returns x unchanged.
func isotonic(pts [][2]float64, x float64) float64 {
	if len(pts) == 0 {
		return x
	}
	if x <= pts[0][0] {
		return pts[0][1]
	}
	for i := 1; i < len(pts); i++ {
		if x <= pts[i][0] {
			a, b := pts[i-1], pts[i]
			if b[0] == a[0] {
				return b[1]
			}
			return a[1] + (b[1]-a[1])*(x-a[0])/(b[0]-a[0])
		}
	}
	return pts[len(pts)-1][1]
}

// decide picks the article from the classifier's probabilities and the
// search's best article and confidence.
func (m *Model) decide(probs []float64, searchTop string, searchConf float64) decision {
	var d decision
	bestScore := -1.0
	for i, c := range m.Meta.Classes {
		if c == None {
			d.none = probs[i]
			continue
		}
		s := probs[i]
		if c == searchTop {
			s += m.Meta.SearchWeight * searchConf
		}
		if s > bestScore {
			bestScore = s
			d.article, d.prob, d.combined = c, probs[i], s
		}
	}
	for i, c := range m.Meta.Classes {
		if c != None && c != d.article && probs[i] > d.runnerUp {
			d.runnerUp = probs[i]
		}
	}
	d.searchConf = searchConf
	d.agree = searchTop == d.article
	return d
}

// helpArticle reports the articles for someone held and for their family.
func helpArticle(id string) bool {
	return id == knowledge.TopicTrappedWhatToDo || id == knowledge.TopicHelpSomeoneTrapped
}
