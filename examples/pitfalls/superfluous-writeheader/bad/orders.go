//go:build bad

// Package bad serves orders as JSON.
package bad

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
		http.Error(w, "no such order", http.StatusNotFound) // [!code highlight]
	case err != nil:
		log.Printf("order %q: %v", id, err)
		http.Error(w, "internal error", http.StatusInternalServerError) // [!code highlight]
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusOK)
	json.NewEncoder(w).Encode(o)
}

// endregion handler
