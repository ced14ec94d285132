package nl.hamerslag.platform.input;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.util.WebUtils;

import java.util.List;
import java.util.Map;

/**
 * Applies the {@link TextRule} to the text fields and file names of a multipart upload. They exist
 * only once the dispatcher has parsed the body, which the {@link TextInputFilter} must not do itself:
 * an upload streams, and a broken body is answered by the dispatcher's own 400. A refusal thrown here
 * comes before the controller runs and becomes the usual problem+json.
 */
public class MultipartTextInterceptor implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
        if (multipart == null) {
            return true;
        }
        for (Map.Entry<String, String[]> field : multipart.getParameterMap().entrySet()) {
            TextRule.check("The name of a multipart field", field.getKey());
            for (String value : field.getValue()) {
                TextRule.check("The multipart field '" + field.getKey() + "'", value);
            }
        }
        for (Map.Entry<String, List<MultipartFile>> part : multipart.getMultiFileMap().entrySet()) {
            TextRule.check("The name of a multipart part", part.getKey());
            for (MultipartFile file : part.getValue()) {
                TextRule.check("The file name of part '" + part.getKey() + "'", file.getOriginalFilename());
            }
        }
        return true;
    }
}
