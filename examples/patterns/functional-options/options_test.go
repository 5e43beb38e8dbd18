package functionaloptions

import (
	"io"
	"log"
	"testing"
	"time"
)

// region proof

// Every option sets exactly its own field, and every field it does not
// touch keeps its default.
func TestOptionsSetWhatTheySay(t *testing.T) {
	defaults := *NewServer(":80")
	if defaults.logger == nil || defaults.timeout != 30*time.Second || defaults.maxConns != 100 {
		t.Fatalf("defaults = %+v", defaults)
	}
	custom := log.New(io.Discard, "", 0)
	tests := []struct {
		name string
		opt  Option
		want func(s Server) Server // the defaults with one field changed
	}{
		{"WithTimeout", WithTimeout(time.Minute), func(s Server) Server { s.timeout = time.Minute; return s }},
		{"WithMaxConns", WithMaxConns(7), func(s Server) Server { s.maxConns = 7; return s }},
		{"WithLogger", WithLogger(custom), func(s Server) Server { s.logger = custom; return s }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := *NewServer(":80", tt.opt)
			if want := tt.want(defaults); got != want {
				t.Errorf("got %+v, want %+v", got, want)
			}
		})
	}
}

// endregion proof

func TestLaterOptionWins(t *testing.T) {
	s := NewServer(":80", WithMaxConns(1), WithMaxConns(2))
	if s.maxConns != 2 {
		t.Errorf("maxConns = %d, want 2", s.maxConns)
	}
}

func TestPipelineOptions(t *testing.T) {
	p := NewPipeline[int]()
	if p.bufferSize != 64 || p.workers != 1 || cap(p.in) != 64 {
		t.Errorf("defaults: buffer %d, workers %d, cap %d", p.bufferSize, p.workers, cap(p.in))
	}
	p = NewPipeline(WithBufferSize[int](5), WithWorkers[int](3))
	if p.bufferSize != 5 || p.workers != 3 || cap(p.in) != 5 {
		t.Errorf("options: buffer %d, workers %d, cap %d", p.bufferSize, p.workers, cap(p.in))
	}
}

// Values an option cannot use keep the default, and a nil option is
// skipped: no combination leaves a nil logger or panics in make.
func TestOptionsIgnoreUnusableValues(t *testing.T) {
	s := NewServer(":80", nil, WithLogger(nil), WithTimeout(-time.Second), WithMaxConns(0))
	if s.logger == nil || s.timeout != 30*time.Second || s.maxConns != 100 {
		t.Errorf("got logger %v, timeout %v, maxConns %d; want the defaults", s.logger, s.timeout, s.maxConns)
	}
	p := NewPipeline(WithBufferSize[int](-1), WithWorkers[int](0), nil)
	if cap(p.in) != 64 || p.workers != 1 {
		t.Errorf("got buffer %d and %d workers; want the defaults 64 and 1", cap(p.in), p.workers)
	}
}
