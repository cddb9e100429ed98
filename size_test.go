package main

import "testing"

func TestByteSize_ParsesUnits(t *testing.T) {
	cases := map[string]int64{
		"1048576": 1 << 20, "8MiB": 8 << 20, "8mib": 8 << 20, "500KB": 500000,
		"1.5M": 3 << 19, "2k": 2048, "1G": 1 << 30, "10b": 10, " 4 KiB ": 4096,
	}
	for in, want := range cases {
		var b byteSize
		if err := b.Set(in); err != nil || int64(b) != want {
			t.Errorf("Set(%q) = %d, %v; want %d", in, b, err, want)
		}
	}
}

func TestByteSize_RejectsNonsense(t *testing.T) {
	for _, in := range []string{"", "abc", "-5", "0", "5XB", "1e30"} {
		var b byteSize
		if err := b.Set(in); err == nil {
			t.Errorf("Set(%q) accepted as %d", in, b)
		}
	}
}

func TestByteSize_StringRoundTrips(t *testing.T) {
	for _, n := range []int64{8 << 20, 4096, 1234} {
		b := byteSize(n)
		var c byteSize
		if err := c.Set(b.String()); err != nil || c != b {
			t.Errorf("%d -> %q -> %d, %v", n, b.String(), c, err)
		}
	}
}
