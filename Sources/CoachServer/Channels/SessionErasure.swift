import CoachHTTP
import Foundation

/// `DELETE /v1/sessions/{user}`: erases what is kept for a stored key (`telegram:123`, or a bare generic API id).
struct SessionErasure: Sendable {
    let access: APIAccess
    let conversations: Conversations

    /// 204 once erased; 404 when nothing was kept.
    func handle(_ encodedUser: String, _ request: HTTPRequest) throws -> HTTPResponse {
        try access.check(request)
        guard let user = encodedUser.removingPercentEncoding, !user.isEmpty else { throw HTTPError(400, "the user id is not valid percent-encoding") }
        guard try conversations.forget(Channel.storedKey(user)) else { throw HTTPError(404, "no conversation is kept for that user") }
        return HTTPResponse(status: 204)
    }
}
