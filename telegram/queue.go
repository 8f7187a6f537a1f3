package telegram

import (
	"sync"
	"time"

	tele "gopkg.in/telebot.v3"
)

// maxQueued bounds the updates waiting for one chat; beyond it new ones
// are dropped (the per-user flood limit normally stops long before).
const maxQueued = 50

// maxBacklog bounds the updates taken in but not yet handled, across
// chats; beyond it the bot stops fetching (polling) or answers 503
// (webhook) so Telegram holds them.
const maxBacklog = 5000

// dispatcher runs updates of the same chat one after another, in arrival
// order, and different chats concurrently on at most workers goroutines.
type dispatcher struct {
	handle func(tele.Update)
	sem    chan struct{}
	wg     sync.WaitGroup

	mu    sync.Mutex
	chats map[int64]*chatQueue
	total int
}

type chatQueue struct {
	updates []tele.Update
}

func newDispatcher(workers int, handle func(tele.Update)) *dispatcher {
	return &dispatcher{handle: handle, sem: make(chan struct{}, workers), chats: map[int64]*chatQueue{}}
}

// push queues u for chat key. It reports false when the chat's queue is
// full and u was dropped.
func (d *dispatcher) push(key int64, u tele.Update) bool {
	d.mu.Lock()
	defer d.mu.Unlock()
	q, running := d.chats[key]
	if !running {
		q = &chatQueue{}
		d.chats[key] = q
	}
	if len(q.updates) >= maxQueued {
		return false
	}
	q.updates = append(q.updates, u)
	d.total++
	if !running {
		d.wg.Add(1)
		go d.run(key, q)
	}
	return true
}

// run drains one chat's queue; the chat is forgotten once it is empty.
func (d *dispatcher) run(key int64, q *chatQueue) {
	defer d.wg.Done()
	for {
		d.mu.Lock()
		if len(q.updates) == 0 {
			delete(d.chats, key)
			d.mu.Unlock()
			return
		}
		u := q.updates[0]
		q.updates[0] = tele.Update{}
		q.updates = q.updates[1:]
		d.mu.Unlock()

		d.sem <- struct{}{}
		d.handle(u)
		<-d.sem

		d.mu.Lock()
		d.total--
		d.mu.Unlock()
	}
}

// wait returns once every queued update has been handled.
func (d *dispatcher) wait() { d.wg.Wait() }

// pending is the number of updates queued or being handled.
func (d *dispatcher) pending() int {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.total
}

// updateKey is the chat an update belongs to, for ordering. Inline
// queries have no chat; they are ordered per user.
func updateKey(u tele.Update) int64 {
	switch {
	case u.Message != nil && u.Message.Chat != nil:
		return u.Message.Chat.ID
	case u.Callback != nil && u.Callback.Message != nil && u.Callback.Message.Chat != nil:
		return u.Callback.Message.Chat.ID
	case u.Callback != nil && u.Callback.Sender != nil:
		return u.Callback.Sender.ID
	case u.Query != nil && u.Query.Sender != nil:
		return u.Query.Sender.ID
	}
	return 0
}

// floodGuard counts each user's messages in a fixed window.
type floodGuard struct {
	limit  int
	window time.Duration

	mu    sync.Mutex
	users map[int64]*floodCount
}

type floodCount struct {
	start    time.Time
	n        int
	notified bool
}

func newFloodGuard(limit int, window time.Duration) *floodGuard {
	return &floodGuard{limit: limit, window: window, users: map[int64]*floodCount{}}
}

// allow reports whether the user's message should be handled, and
// whether this is the one message that gets the flood notice instead.
func (f *floodGuard) allow(user int64, now time.Time) (ok, notify bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	c := f.users[user]
	if c == nil || now.Sub(c.start) >= f.window {
		if len(f.users) >= 100000 {
			for id, c := range f.users {
				if now.Sub(c.start) >= f.window {
					delete(f.users, id)
				}
			}
		}
		c = &floodCount{start: now}
		f.users[user] = c
	}
	c.n++
	if c.n <= f.limit {
		return true, false
	}
	if !c.notified {
		c.notified = true
		return false, true
	}
	return false, false
}

// memo keeps short-lived values in memory only, bounded in number and
// age: what a user's next message is for, and texts waiting for the
// user to say whether they are an offer or a question.
type memo struct {
	max int
	ttl time.Duration

	mu sync.Mutex
	m  map[string]memoEntry
}

type memoEntry struct {
	val string
	at  time.Time
}

func newMemo(max int, ttl time.Duration) *memo {
	return &memo{max: max, ttl: ttl, m: map[string]memoEntry{}}
}

func (m *memo) put(key, val string, now time.Time) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if len(m.m) >= m.max {
		m.evict(now)
	}
	m.m[key] = memoEntry{val: val, at: now}
}

// evict drops expired entries, then the oldest ones, until there is room.
func (m *memo) evict(now time.Time) {
	for k, e := range m.m {
		if now.Sub(e.at) >= m.ttl {
			delete(m.m, k)
		}
	}
	for len(m.m) >= m.max {
		var oldest string
		var at time.Time
		for k, e := range m.m {
			if oldest == "" || e.at.Before(at) {
				oldest, at = k, e.at
			}
		}
		delete(m.m, oldest)
	}
}

// take returns and forgets the value under key, if it has not expired.
func (m *memo) take(key string, now time.Time) (string, bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	e, ok := m.m[key]
	if !ok {
		return "", false
	}
	delete(m.m, key)
	if now.Sub(e.at) >= m.ttl {
		return "", false
	}
	return e.val, true
}

// drop forgets key.
func (m *memo) drop(key string) {
	m.mu.Lock()
	defer m.mu.Unlock()
	delete(m.m, key)
}

// recentIDs remembers the last update ids seen, to drop the copies
// Telegram sends again when a webhook answer was slow or lost.
type recentIDs struct {
	mu   sync.Mutex
	ids  map[int]bool
	ring []int
	next int
}

func newRecentIDs(n int) *recentIDs {
	return &recentIDs{ids: make(map[int]bool, n), ring: make([]int, n)}
}

// seen records id and reports whether it was already there.
func (r *recentIDs) seen(id int) bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.ids[id] {
		return true
	}
	if old := r.ring[r.next]; old != 0 {
		delete(r.ids, old)
	}
	r.ring[r.next] = id
	r.next = (r.next + 1) % len(r.ring)
	r.ids[id] = true
	return false
}
