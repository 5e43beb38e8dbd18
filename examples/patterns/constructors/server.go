//go:build go1.16

package constructors

import (
	"log"
	"net/http"
	"time"
)

// region server

// Server routes requests by path. Its zero value is not usable (routes
// would be a nil map), so callers get one from NewServer.
type Server struct {
	addr    string
	timeout time.Duration
	logger  *log.Logger
	routes  map[string]http.HandlerFunc
}

// NewServer returns a server for addr with working defaults: a 30 second
// timeout, the standard logger and an empty routing table. It returns a
// pointer because Server's methods have pointer receivers and change it.
func NewServer(addr string) *Server {
	return &Server{
		addr:    addr,
		timeout: 30 * time.Second, // a default every caller would otherwise repeat
		logger:  log.Default(),
		routes:  make(map[string]http.HandlerFunc), // [!code highlight]
	}
}

// Handle registers h for requests to path.
func (s *Server) Handle(path string, h http.HandlerFunc) {
	s.routes[path] = h
}

// endregion server

// Handler returns the handler registered for path, or nil.
func (s *Server) Handler(path string) http.HandlerFunc { return s.routes[path] }
