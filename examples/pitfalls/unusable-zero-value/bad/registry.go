//go:build bad && go1.1

package bad

import "sync"

// region registry

// Registry maps names to handlers. Nothing makes its map: a Registry
// declared with var, or embedded in another struct, has a nil map.
type Registry struct {
	mu       sync.Mutex
	handlers map[string]func() string
}

// Register adds h under name.
func (r *Registry) Register(name string, h func() string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.handlers[name] = h // panics on the zero value: the map is nil [!code highlight]
}

// endregion registry

// Call runs the handler registered under name.
func (r *Registry) Call(name string) (string, bool) {
	r.mu.Lock()
	h, ok := r.handlers[name]
	r.mu.Unlock()
	if !ok {
		return "", false
	}
	return h(), true
}
