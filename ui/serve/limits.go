package serve

import (
	"net"
	"sync"
	"time"
)

// clientKey names the client a connection comes from for per-client limits.
// IPv6 clients are keyed by their /64, because one host commonly owns a
// whole /64 and could otherwise take a fresh address per connection.
func clientKey(addr net.Addr) string {
	var ip net.IP
	switch a := addr.(type) {
	case *net.TCPAddr:
		ip = a.IP
	default:
		host, _, err := net.SplitHostPort(addr.String())
		if err != nil {
			return addr.String()
		}
		ip = net.ParseIP(host)
		if ip == nil {
			return host
		}
	}
	if v4 := ip.To4(); v4 != nil {
		return v4.String()
	}
	return ip.Mask(net.CIDRMask(64, 128)).String() + "/64"
}

// bucket is one client's token bucket for new connections.
type bucket struct {
	tokens float64
	last   time.Time
}

// rateLimiter limits new connections per client with token buckets. The map
// is bounded: a bucket that has refilled completely carries no information
// (it equals a new one), so those are swept when the map is full. If the map
// is still full after a sweep, many clients are connecting at once and the
// limiter lets the connection through rather than refuse everyone: the
// global and per-client session caps still hold.
type rateLimiter struct {
	mu      sync.Mutex
	rate    float64 // tokens per second
	burst   float64
	max     int
	buckets map[string]*bucket
}

func newRateLimiter(perSecond float64, burst, maxClients int) *rateLimiter {
	return &rateLimiter{
		rate:    perSecond,
		burst:   float64(burst),
		max:     maxClients,
		buckets: make(map[string]*bucket),
	}
}

// allow takes a token for key at now, reporting false when its bucket is empty.
func (l *rateLimiter) allow(key string, now time.Time) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	b, ok := l.buckets[key]
	if !ok {
		if len(l.buckets) >= l.max {
			l.sweepLocked(now)
		}
		if len(l.buckets) >= l.max {
			return true
		}
		b = &bucket{tokens: l.burst, last: now}
		l.buckets[key] = b
	}
	b.tokens += now.Sub(b.last).Seconds() * l.rate
	if b.tokens > l.burst {
		b.tokens = l.burst
	}
	b.last = now
	if b.tokens < 1 {
		return false
	}
	b.tokens--
	return true
}

// sweepLocked drops buckets that have refilled completely by now.
func (l *rateLimiter) sweepLocked(now time.Time) {
	for k, b := range l.buckets {
		if b.tokens+now.Sub(b.last).Seconds()*l.rate >= l.burst {
			delete(l.buckets, k)
		}
	}
}

// size is the number of buckets held, for tests.
func (l *rateLimiter) size() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return len(l.buckets)
}

// admission is the outcome of a new connection's check.
type admission int

const (
	admitted admission = iota // counted in the session slots
	refusing                  // over a limit, kept only to tell the client why
	dropped                   // closed at once, before the handshake
)

// slots counts live connections, in total and per client. Over-limit
// connections may take one of a few refusal places so that the client,
// once the handshake is done, reads why it was turned away; beyond those
// places they are dropped before any handshake work.
type slots struct {
	mu          sync.Mutex
	max         int
	perClient   int
	maxRefusing int
	active      int
	refusing    int
	byClient    map[string]int // admitted connections per client; no zero entries
}

func newSlots(max, perClient, maxRefusing int) *slots {
	return &slots{max: max, perClient: perClient, maxRefusing: maxRefusing, byClient: map[string]int{}}
}

// take admits a connection from key, or says why not.
func (s *slots) take(key string) (admission, string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	var why string
	switch {
	case s.active >= s.max:
		why = "the server is full"
	case s.byClient[key] >= s.perClient:
		why = "too many sessions from your address"
	default:
		s.active++
		s.byClient[key]++
		return admitted, ""
	}
	if s.refusing >= s.maxRefusing {
		return dropped, why
	}
	s.refusing++
	return refusing, why
}

// put releases what take gave.
func (s *slots) put(key string, a admission) {
	s.mu.Lock()
	defer s.mu.Unlock()
	switch a {
	case admitted:
		s.active--
		if s.byClient[key]--; s.byClient[key] <= 0 {
			delete(s.byClient, key)
		}
	case refusing:
		s.refusing--
	}
}

// counts reports the live admitted and refusing connections and the number
// of clients tracked, for tests and logs.
func (s *slots) counts() (active, refusing, clients int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.active, s.refusing, len(s.byClient)
}
