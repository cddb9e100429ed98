package serve

import (
	"crypto/ed25519"
	"crypto/rand"
	"fmt"
	"io"
	"net"
	"testing"
	"time"

	"charm.land/log/v2"
	gossh "golang.org/x/crypto/ssh"
)

func newKeyNoT() gossh.Signer {
	_, priv, _ := ed25519.GenerateKey(rand.Reader)
	s, _ := gossh.NewSignerFromKey(priv)
	return s
}

func nopLogger() *log.Logger { return log.New(io.Discard) }

// A burst is allowed, then the refill rate; clients are independent.
func TestRateLimiter_BurstThenRate(t *testing.T) {
	l := newRateLimiter(1, 3, 100)
	now := time.Unix(0, 0)
	for i := range 3 {
		if !l.allow("a", now) {
			t.Fatalf("connection %d of a burst of 3 refused", i+1)
		}
	}
	if l.allow("a", now) {
		t.Error("fourth connection in the same instant allowed")
	}
	if !l.allow("b", now) {
		t.Error("another client was limited by the first")
	}
	if !l.allow("a", now.Add(1100*time.Millisecond)) {
		t.Error("no token after a second's refill")
	}
}

// The limiter's memory is bounded however many addresses connect.
func TestRateLimiter_BoundedMap(t *testing.T) {
	l := newRateLimiter(1, 2, 50)
	now := time.Unix(0, 0)
	for i := range 1000 {
		l.allow(fmt.Sprint("client", i), now)
		now = now.Add(100 * time.Millisecond)
	}
	if n := l.size(); n > 50 {
		t.Errorf("limiter holds %d buckets, want at most 50", n)
	}
}

// Slots count per client, let a few over-limit connections through to be
// told why, drop the rest, and leave no entries behind.
func TestSlots(t *testing.T) {
	s := newSlots(2, 1, 1)
	if a, _ := s.take("x"); a != admitted {
		t.Fatal("first connection not admitted")
	}
	if a, why := s.take("x"); a != refusing || why == "" {
		t.Fatalf("second connection from x: %v %q, want refusing with a reason", a, why)
	}
	if a, _ := s.take("x"); a != dropped {
		t.Fatal("connection beyond the refusal places not dropped")
	}
	if a, _ := s.take("y"); a != admitted {
		t.Fatal("other client not admitted")
	}
	s.put("x", admitted)
	s.put("x", refusing)
	s.put("y", admitted)
	if active, refusing, clients := s.counts(); active != 0 || refusing != 0 || clients != 0 {
		t.Errorf("after release: %d active, %d refusing, %d clients", active, refusing, clients)
	}
}

// An IPv6 host owns a /64; it is one client.
func TestClientKey_IPv6By64(t *testing.T) {
	a := clientKey(&net.TCPAddr{IP: net.ParseIP("2001:db8::1"), Port: 1})
	b := clientKey(&net.TCPAddr{IP: net.ParseIP("2001:db8::ffff:2"), Port: 2})
	c := clientKey(&net.TCPAddr{IP: net.ParseIP("2001:db8:0:1::1"), Port: 3})
	if a != b || a == c {
		t.Errorf("keys %q %q %q: want the first two equal and the third different", a, b, c)
	}
	if k := clientKey(&net.TCPAddr{IP: net.ParseIP("192.0.2.7"), Port: 9}); k != "192.0.2.7" {
		t.Errorf("IPv4 key = %q", k)
	}
}
