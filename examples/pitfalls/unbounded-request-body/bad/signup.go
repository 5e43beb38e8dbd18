//go:build bad

// Package bad takes signups as JSON request bodies.
package bad

import (
	"encoding/json"
	"log/slog"
	"net/http"
)

// Signup is the JSON body of POST /signups.
type Signup struct {
	Email string `json:"email"`
	Name  string `json:"name"`
}

// Store keeps signups.
type Store interface {
	Add(Signup) error
}

// region handler

// Handler serves POST /signups.
func Handler(store Store, logger *slog.Logger) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		var s Signup
		if err := json.NewDecoder(r.Body).Decode(&s); err != nil { // [!code highlight]
			http.Error(w, "invalid JSON body", http.StatusBadRequest)
			return
		}
		if s.Email == "" {
			http.Error(w, "email is required", http.StatusBadRequest)
			return
		}
		if err := store.Add(s); err != nil {
			logger.ErrorContext(r.Context(), "store signup", "err", err)
			http.Error(w, "internal error", http.StatusInternalServerError)
			return
		}
		w.WriteHeader(http.StatusCreated)
	}
}

// endregion handler
