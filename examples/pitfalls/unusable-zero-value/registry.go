//go:build go1.1

package unusablezerovalue

import "sync"

// region registry

// Registry maps names to handlers. The zero value is an empty registry,
// ready to use: Register makes the map on first use.
type Registry struct {
	mu       sync.Mutex
	handlers map[string]func() string
}

// Register adds h under name.
func (r *Registry) Register(name string, h func() string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.handlers == nil { // [!code highlight]
		r.handlers = make(map[string]func() string) // [!code highlight]
	}
	r.handlers[name] = h
}

// endregion registry

// Call runs the handler registered under name. Reading a nil map is
// allowed, so Call needs no nil check.
func (r *Registry) Call(name string) (string, bool) {
	r.mu.Lock()
	h, ok := r.handlers[name]
	r.mu.Unlock()
	if !ok {
		return "", false
	}
	return h(), true
}
