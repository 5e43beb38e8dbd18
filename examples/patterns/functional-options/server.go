//go:build go1.16

package functionaloptions

import (
	"log"
	"time"
)

// region server

// Server is configured once, by NewServer; its fields are unexported so
// nobody can change them after it starts.
type Server struct {
	addr     string
	timeout  time.Duration
	maxConns int
	logger   *log.Logger
}

// Option changes one setting of a Server being built by NewServer.
type Option func(*Server)

// WithTimeout sets how long a request may take. The default is 30 seconds;
// a duration of 0 or less keeps it.
func WithTimeout(d time.Duration) Option {
	return func(s *Server) {
		if d > 0 {
			s.timeout = d
		}
	}
}

// WithMaxConns limits concurrent connections. The default is 100; a
// limit below 1 keeps it.
func WithMaxConns(n int) Option {
	return func(s *Server) {
		if n > 0 {
			s.maxConns = n
		}
	}
}

// WithLogger sets where the server logs. The default is log.Default();
// a nil logger keeps it.
func WithLogger(l *log.Logger) Option {
	return func(s *Server) {
		if l != nil {
			s.logger = l
		}
	}
}

// NewServer returns a server listening on addr. The address is required, so
// it is a parameter; everything optional is an Option. Every default is set
// before the options run, and each option ignores a value it cannot use, so
// no combination of options can leave a field nil or invalid.
func NewServer(addr string, opts ...Option) *Server {
	s := &Server{
		addr:     addr,
		timeout:  30 * time.Second,
		maxConns: 100,
		logger:   log.Default(), // [!code highlight]
	}
	for _, opt := range opts {
		if opt != nil { // NewServer(addr, nil) must not panic
			opt(s) // [!code highlight]
		}
	}
	return s
}

// endregion server

// Addr returns the address the server listens on.
func (s *Server) Addr() string { return s.addr }
