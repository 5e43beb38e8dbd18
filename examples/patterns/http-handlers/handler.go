//go:build go1.22

package httphandlers

import (
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"net/http"
)

// User is the JSON body of GET /users/{id}.
type User struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

// ErrNotFound is what a UserGetter returns for an unknown ID.
var ErrNotFound = errors.New("user not found")

// region handler

// UserGetter is the one method the handler needs from the user service.
type UserGetter interface {
	GetUser(ctx context.Context, id string) (User, error)
}

// UserHandler serves users. Its dependencies are injected, so tests pass a
// fake service and a logger that writes to a buffer.
type UserHandler struct {
	users  UserGetter
	logger *slog.Logger
}

// NewUserHandler returns a handler that reads users from users.
func NewUserHandler(users UserGetter, logger *slog.Logger) *UserHandler {
	return &UserHandler{users: users, logger: logger}
}

// Register adds the handler's routes to mux. Since Go 1.22 a pattern can
// name the method and wildcards; the mux answers other methods with 405.
func (h *UserHandler) Register(mux *http.ServeMux) {
	mux.HandleFunc("GET /users/{id}", h.getUser) // [!code highlight]
}

func (h *UserHandler) getUser(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	id := r.PathValue("id") // [!code highlight]

	user, err := h.users.GetUser(ctx, id)
	if errors.Is(err, ErrNotFound) {
		h.respondError(w, http.StatusNotFound, "user not found")
		return
	}
	if err != nil {
		// Log the detail; send the client nothing internal.
		h.logger.ErrorContext(ctx, "get user failed", "id", id, "err", err)
		h.respondError(w, http.StatusInternalServerError, "internal error")
		return
	}
	h.respondJSON(w, r, http.StatusOK, user)
}

// endregion handler

// region respond

// respondJSON encodes data before writing anything, so an encoding error
// can still become a 500 instead of a truncated 200.
func (h *UserHandler) respondJSON(w http.ResponseWriter, r *http.Request, status int, data any) {
	body, err := json.Marshal(data)
	if err != nil {
		h.logger.ErrorContext(r.Context(), "encode response", "err", err)
		h.respondError(w, http.StatusInternalServerError, "internal error")
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	if _, err := w.Write(body); err != nil {
		// The client has gone; the status is sent, so logging is all that is left.
		h.logger.DebugContext(r.Context(), "write response", "err", err)
	}
}

func (h *UserHandler) respondError(w http.ResponseWriter, status int, msg string) {
	http.Error(w, msg, status)
}

// endregion respond
