//go:build go1.24

package grpcservice

// This file is what protoc-gen-go-grpc generates from users.proto (shown on
// the page), written out by hand so the examples need no protoc step. The
// messages are protobuf's well-known wrapper types instead of generated
// ones. Generated code is never edited: regenerate it.

import (
	"context"

	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/types/known/emptypb"
	"google.golang.org/protobuf/types/known/wrapperspb"
)

// UsersServer is the server API for the fieldguide.users.v1.Users service.
type UsersServer interface {
	GetUser(context.Context, *wrapperspb.StringValue) (*wrapperspb.StringValue, error)
	ListUsers(*emptypb.Empty, grpc.ServerStreamingServer[wrapperspb.StringValue]) error
	mustEmbedUnimplementedUsersServer()
}

// UnimplementedUsersServer answers codes.Unimplemented for every method.
// Embed it by value, so that adding a method to the service does not break
// the build of servers that do not implement it yet.
type UnimplementedUsersServer struct{}

func (UnimplementedUsersServer) GetUser(context.Context, *wrapperspb.StringValue) (*wrapperspb.StringValue, error) {
	return nil, status.Error(codes.Unimplemented, "method GetUser not implemented")
}
func (UnimplementedUsersServer) ListUsers(*emptypb.Empty, grpc.ServerStreamingServer[wrapperspb.StringValue]) error {
	return status.Error(codes.Unimplemented, "method ListUsers not implemented")
}
func (UnimplementedUsersServer) mustEmbedUnimplementedUsersServer() {}

// RegisterUsersServer registers srv with s.
func RegisterUsersServer(s grpc.ServiceRegistrar, srv UsersServer) {
	s.RegisterService(&usersServiceDesc, srv)
}

func getUserHandler(srv any, ctx context.Context, dec func(any) error, interceptor grpc.UnaryServerInterceptor) (any, error) {
	in := new(wrapperspb.StringValue)
	if err := dec(in); err != nil {
		return nil, err
	}
	if interceptor == nil {
		return srv.(UsersServer).GetUser(ctx, in)
	}
	info := &grpc.UnaryServerInfo{Server: srv, FullMethod: "/fieldguide.users.v1.Users/GetUser"}
	handler := func(ctx context.Context, req any) (any, error) {
		return srv.(UsersServer).GetUser(ctx, req.(*wrapperspb.StringValue))
	}
	return interceptor(ctx, in, info, handler)
}

func listUsersHandler(srv any, stream grpc.ServerStream) error {
	in := new(emptypb.Empty)
	if err := stream.RecvMsg(in); err != nil {
		return err
	}
	return srv.(UsersServer).ListUsers(in, &grpc.GenericServerStream[emptypb.Empty, wrapperspb.StringValue]{ServerStream: stream})
}

var usersServiceDesc = grpc.ServiceDesc{
	ServiceName: "fieldguide.users.v1.Users",
	HandlerType: (*UsersServer)(nil),
	Methods:     []grpc.MethodDesc{{MethodName: "GetUser", Handler: getUserHandler}},
	Streams:     []grpc.StreamDesc{{StreamName: "ListUsers", Handler: listUsersHandler, ServerStreams: true}},
	Metadata:    "users.proto",
}

// UsersClient is the client API for the fieldguide.users.v1.Users service.
type UsersClient struct{ cc grpc.ClientConnInterface }

// NewUsersClient returns a client that calls the service over cc.
func NewUsersClient(cc grpc.ClientConnInterface) *UsersClient { return &UsersClient{cc} }

func (c *UsersClient) GetUser(ctx context.Context, in *wrapperspb.StringValue, opts ...grpc.CallOption) (*wrapperspb.StringValue, error) {
	out := new(wrapperspb.StringValue)
	if err := c.cc.Invoke(ctx, "/fieldguide.users.v1.Users/GetUser", in, out, opts...); err != nil {
		return nil, err
	}
	return out, nil
}

func (c *UsersClient) ListUsers(ctx context.Context, in *emptypb.Empty, opts ...grpc.CallOption) (grpc.ServerStreamingClient[wrapperspb.StringValue], error) {
	stream, err := c.cc.NewStream(ctx, &usersServiceDesc.Streams[0], "/fieldguide.users.v1.Users/ListUsers", opts...)
	if err != nil {
		return nil, err
	}
	x := &grpc.GenericClientStream[emptypb.Empty, wrapperspb.StringValue]{ClientStream: stream}
	if err := x.ClientStream.SendMsg(in); err != nil {
		return nil, err
	}
	if err := x.ClientStream.CloseSend(); err != nil {
		return nil, err
	}
	return x, nil
}
