// Package orders serves orders as JSON.
package orders

import (
	"encoding/json"
	"errors"
	"log"
	"net/http"
)

// Order is one customer order.
type Order struct {
	ID    string `json:"id"`
	Total int    `json:"total"`
}

// ErrNotFound is what a Store returns for an order it does not have.
var ErrNotFound = errors.New("order not found")

// Store looks orders up.
type Store interface {
	Order(id string) (Order, error)
}

// Handler serves GET /orders/{id}.
type Handler struct{ Store Store }

// region handler

func (h Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	o, err := h.Store.Order(id)
	switch {
	case errors.Is(err, ErrNotFound):
		http.Error(w, "no such order", http.StatusNotFound)
		return // [!code highlight]
	case err != nil:
		log.Printf("order %q: %v", id, err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return // [!code highlight]
	}
	w.Header().Set("Content-Type", "application/json")
	// An Order always encodes, so an error can only be a failed write to a
	// client that has gone; there is no one left to tell.
	_ = json.NewEncoder(w).Encode(o)
}

// endregion handler
