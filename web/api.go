package web

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"strings"

	"github.com/scambot/scambot/bot"
	"github.com/scambot/scambot/lang"
	"github.com/scambot/scambot/offer"
	"github.com/scambot/scambot/wire"
)

// apiError is the body of every API error.
type apiError struct {
	Error string `json:"error"`
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

// api wraps an API handler: the bot must be ready and the body small
// enough; the handler returns the status and the object to send.
func (s *Server) api(h func(r *http.Request, b *bot.Bot) (int, any)) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		allowCORS(w)
		b := s.bot.Load()
		if b == nil {
			w.Header().Set("Retry-After", "5")
			writeJSON(w, http.StatusServiceUnavailable, apiError{Error: "starting: the knowledge base is being indexed"})
			return
		}
		r.Body = http.MaxBytesReader(w, r.Body, MaxBody)
		status, v := h(r, b)
		writeJSON(w, status, v)
	})
}

// allowCORS lets pages on other sites (a community's own site) call the
// API from the browser. It is safe for any origin: the API uses no
// cookies or credentials and answers only what it answers anyone.
func allowCORS(w http.ResponseWriter) {
	w.Header().Set("Access-Control-Allow-Origin", "*")
}

// preflight answers the browser's CORS preflight for the API: POST with
// a JSON body needs it.
func preflight(w http.ResponseWriter, r *http.Request) {
	allowCORS(w)
	h := w.Header()
	h.Set("Access-Control-Allow-Methods", "GET, POST")
	h.Set("Access-Control-Allow-Headers", "Content-Type")
	h.Set("Access-Control-Max-Age", "86400")
	w.WriteHeader(http.StatusNoContent)
}

// langParam is the lang parameter: "" (detect) or a supported code.
func langParam(v string) (string, error) {
	if v == "" || lang.Valid(v) {
		return v, nil
	}
	return "", fmt.Errorf("unsupported language %q (supported: %s)", v, strings.Join(lang.Supported, ", "))
}

// queryParam is the one value of the query parameter name. A parameter
// given twice (?q=a&q=b) is an error rather than a silent pick of one.
func queryParam(q url.Values, name string) (string, error) {
	if n := len(q[name]); n > 1 {
		return "", fmt.Errorf("%s given %d times: send it once", name, n)
	}
	return q.Get(name), nil
}

// apiAsk is GET /api/ask?q=&lang=: the object of `scambot ask --json`.
func (s *Server) apiAsk(r *http.Request, b *bot.Bot) (int, any) {
	q := r.URL.Query()
	question, err := queryParam(q, "q")
	if err != nil {
		return http.StatusBadRequest, apiError{Error: err.Error()}
	}
	l, err := queryParam(q, "lang")
	if err == nil {
		l, err = langParam(l)
	}
	if err != nil {
		return http.StatusBadRequest, apiError{Error: err.Error()}
	}
	if strings.TrimSpace(question) == "" {
		return http.StatusBadRequest, apiError{Error: "missing q: the question"}
	}
	rep, err := b.Ask(r.Context(), question, l)
	if err != nil {
		s.log.Error("web: answering", "err", err)
		return http.StatusInternalServerError, apiError{Error: "internal error"}
	}
	return http.StatusOK, wire.FromReply(rep)
}

// checkRequest is the JSON body of POST /api/check.
type checkRequest struct {
	Text string `json:"text"`
	Lang string `json:"lang"`
}

// apiCheck is POST /api/check with {"text": ..., "lang": ...} or the offer
// as plain text (lang then from ?lang=): the object of
// `scambot check --json`, or {"error": ...} with 422 when there is no text
// to check.
func (s *Server) apiCheck(r *http.Request, b *bot.Bot) (int, any) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			return http.StatusRequestEntityTooLarge, apiError{Error: fmt.Sprintf("body over %d bytes", MaxBody)}
		}
		return http.StatusBadRequest, apiError{Error: "reading the body failed"}
	}
	ql, err := queryParam(r.URL.Query(), "lang")
	if err != nil {
		return http.StatusBadRequest, apiError{Error: err.Error()}
	}
	req := checkRequest{Text: string(body), Lang: ql}
	if mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type")); mt == "application/json" {
		req = checkRequest{}
		dec := json.NewDecoder(bytes.NewReader(body))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&req); err != nil {
			return http.StatusBadRequest, apiError{Error: "body is not {\"text\": \"...\", \"lang\": \"\"}: " + err.Error()}
		}
		// A second object (several offers in one body) would be dropped
		// without a word: one offer per request.
		if _, err := dec.Token(); err != io.EOF {
			return http.StatusBadRequest, apiError{Error: "body is not {\"text\": \"...\", \"lang\": \"\"}: data after the object (send one offer per request)"}
		}
		// encoding/json keeps the last of repeated keys (matched without
		// regard to case), so {"text":"a","text":"b"} would check "b"
		// and lose "a" without a word: ask for each field once.
		if k, ok := repeatedKey(body); ok {
			return http.StatusBadRequest, apiError{Error: fmt.Sprintf("body is not {\"text\": \"...\", \"lang\": \"\"}: key %q appears more than once (keys are matched without regard to case; send each field once)", k)}
		}
	}
	l, err := langParam(req.Lang)
	if err != nil {
		return http.StatusBadRequest, apiError{Error: err.Error()}
	}
	if err := offer.Readable(req.Text); err != nil {
		return http.StatusUnprocessableEntity, wire.CheckError{Error: err.Error()}
	}
	rep := b.Check(req.Text, l)
	if rep.Check == nil {
		return http.StatusUnprocessableEntity, wire.CheckError{Error: offer.ErrNoText.Error()}
	}
	return http.StatusOK, wire.FromResult(*rep.Check)
}

// repeatedKey reports a key that appears twice in one object of the JSON
// value at the start of data (at any depth), compared as encoding/json
// matches keys to fields: without regard to case. data must be valid
// JSON (the caller decoded it first); on a token error it reports none.
func repeatedKey(data []byte) (string, bool) {
	type frame struct {
		keys    map[string]bool // nil for an array
		wantKey bool
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	var stack []*frame
	// valueDone marks the end of a value: in an object, a key comes next.
	valueDone := func() {
		if n := len(stack); n > 0 && stack[n-1].keys != nil {
			stack[n-1].wantKey = true
		}
	}
	for {
		tok, err := dec.Token()
		if err != nil {
			return "", false
		}
		top := (*frame)(nil)
		if n := len(stack); n > 0 {
			top = stack[n-1]
		}
		switch t := tok.(type) {
		case json.Delim:
			switch t {
			case '{':
				stack = append(stack, &frame{keys: map[string]bool{}, wantKey: true})
			case '[':
				stack = append(stack, &frame{})
			default: // '}' or ']'
				stack = stack[:len(stack)-1]
				valueDone()
			}
		case string:
			if top != nil && top.keys != nil && top.wantKey {
				k := strings.ToLower(t)
				if top.keys[k] {
					return t, true
				}
				top.keys[k] = true
				top.wantKey = false
				continue
			}
			valueDone()
		default:
			valueDone()
		}
		if len(stack) == 0 {
			return "", false
		}
	}
}
