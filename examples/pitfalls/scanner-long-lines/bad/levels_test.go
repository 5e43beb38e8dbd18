//go:build bad

package bad

import (
	"bufio"
	"errors"
	"io"
	"maps"
	"strings"
	"testing"
	"testing/iotest"
)

// record returns one log line whose message is n bytes long.
func record(level string, n int) string {
	return `{"level":"` + level + `","msg":"` + strings.Repeat("x", n) + `"}` + "\n"
}

// region test
func TestALongLineIsCountedAndNothingAfterItIsLost(t *testing.T) {
	log := record("info", 10) + record("error", 100<<10) + record("error", 10)

	counts, err := Count(strings.NewReader(log))
	if want := map[string]int{"info": 1, "error": 2}; err != nil || !maps.Equal(counts, want) {
		t.Fatalf("Count = %v, %v; want %v, nil", counts, err, want) // [!code highlight]
	}
}

func TestAReadThatFailsIsAnError(t *testing.T) {
	r := io.MultiReader(strings.NewReader(record("info", 10)), iotest.ErrReader(io.ErrUnexpectedEOF))

	if counts, err := Count(r); !errors.Is(err, io.ErrUnexpectedEOF) {
		t.Fatalf("Count = %v, %v; want the read error", counts, err) // [!code highlight]
	}
}

// endregion test

// errReset stands for a connection that breaks while the log is read.
var errReset = errors.New("connection reset by peer")

func TestAReadThatFailsMidLineIsTheReadError(t *testing.T) {
	line := record("error", 10)
	for name, r := range map[string]io.Reader{
		"after a short read": io.MultiReader(strings.NewReader(record("info", 10)+line[:9]), iotest.ErrReader(errReset)),
		"with the data":      iotest.DataErrReader(io.MultiReader(strings.NewReader(record("info", 10)+line[:9]), iotest.ErrReader(errReset))),
	} {
		if counts, err := Count(r); !errors.Is(err, errReset) {
			t.Errorf("%s: Count = %v, %v; want the read error, not a JSON error", name, counts, err)
		}
	}
}

func TestTheLineLimitIsExact(t *testing.T) {
	const limit = 1 << 20 // the line and its line ending must be shorter
	line := func(n int, end string) string {
		return `{"level":"info","msg":"` + strings.Repeat("x", n-len(`{"level":"info","msg":""}`)) + `"}` + end
	}
	for _, tt := range []struct {
		name string
		log  string
		long bool
	}{
		{"limit-1 bytes and LF", line(limit-1, "\n"), false},
		{"limit bytes and LF", line(limit, "\n"), true},
		{"limit-1 bytes and CRLF", line(limit-1, "\r\n"), true},
		{"limit-2 bytes and CRLF", line(limit-2, "\r\n"), false},
	} {
		counts, err := Count(strings.NewReader(tt.log))
		if tt.long != errors.Is(err, bufio.ErrTooLong) || (!tt.long && counts["info"] != 1) {
			t.Errorf("%s: Count = %v, %v; want ErrTooLong %v", tt.name, counts, err, tt.long)
		}
	}
}

func TestEdgesOfTheInput(t *testing.T) {
	for _, tt := range []struct {
		name string
		log  string
		wrap func(io.Reader) io.Reader
		want map[string]int
	}{
		{"empty", "", nil, map[string]int{}},
		{"no final newline", `{"level":"warn"}`, nil, map[string]int{"warn": 1}},
		{"CRLF line endings", "{\"level\":\"warn\"}\r\n{\"level\":\"warn\"}\r\n", nil, map[string]int{"warn": 2}},
		{"blank lines", "\n{\"level\":\"warn\"}\n\n  \r\n", nil, map[string]int{"warn": 1}},
		{"one byte at a time", record("info", 10) + record("error", 10), iotest.OneByteReader, map[string]int{"info": 1, "error": 1}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r := io.Reader(strings.NewReader(tt.log))
			if tt.wrap != nil {
				r = tt.wrap(r)
			}
			if counts, err := Count(r); err != nil || !maps.Equal(counts, tt.want) {
				t.Errorf("Count = %v, %v; want %v", counts, err, tt.want)
			}
		})
	}
}

func TestAReaderThatNeverProgressesIsAnError(t *testing.T) {
	if _, err := Count(stuckReader{}); !errors.Is(err, io.ErrNoProgress) {
		t.Fatalf("Count = %v; want io.ErrNoProgress", err)
	}
}

// stuckReader returns 0, nil for ever, which a Reader should not do.
type stuckReader struct{}

func (stuckReader) Read([]byte) (int, error) { return 0, nil }

func TestAMalformedLineNamesItsNumber(t *testing.T) {
	_, err := Count(strings.NewReader(record("info", 1) + "not json\n"))
	if err == nil || !strings.HasPrefix(err.Error(), "line 2:") {
		t.Fatalf("Count = %v; want an error naming line 2", err)
	}
}
