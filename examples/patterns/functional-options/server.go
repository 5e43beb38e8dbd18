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

// WithTimeout sets how long a request may take. The default is 30 seconds.
func WithTimeout(d time.Duration) Option {
	return func(s *Server) { s.timeout = d }
}

// WithMaxConns limits concurrent connections. The default is 100.
func WithMaxConns(n int) Option {
	return func(s *Server) { s.maxConns = n }
}

// WithLogger sets where the server logs. The default is log.Default().
func WithLogger(l *log.Logger) Option {
	return func(s *Server) { s.logger = l }
}

// NewServer returns a server listening on addr. The address is required, so
// it is a parameter; everything optional is an Option. Every default is set
// before the options run, so an option the caller leaves out can never leave
// a field nil.
func NewServer(addr string, opts ...Option) *Server {
	s := &Server{
		addr:     addr,
		timeout:  30 * time.Second,
		maxConns: 100,
		logger:   log.Default(), // [!code highlight]
	}
	for _, opt := range opts {
		opt(s) // [!code highlight]
	}
	return s
}

// endregion server

// Addr returns the address the server listens on.
func (s *Server) Addr() string { return s.addr }
